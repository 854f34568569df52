package dev.cachedcompletion.spi;

/**
 * A store in the caller's own heap that may be given {@linkplain StoredValue#ofObject kept objects}:
 * values the processor proved immutable, returned to every caller without decoding. Stores that do
 * not implement it are only ever given bytes. A marker: it adds no method.
 *
 * <p>A kept object belongs to the class loader that made it; the caller checks that a kept object is
 * of the class it expects before using it, and replaces it otherwise, so an implementation needs no
 * class-loader awareness of its own. It should, however, replace the key object as well as the value
 * when an entry is overwritten, so that an entry written by a discarded class loader holds nothing of
 * it afterwards.
 */
public interface ObjectKeepingStore extends CompletionStore {
}
