package dev.cachedcompletion.internal.stream;

/** Encodes one element of a live stream as it arrives; may throw (the recording is then not stored). */
@FunctionalInterface
public interface ElementEncoder {
    byte[] encode(Object element);
}
