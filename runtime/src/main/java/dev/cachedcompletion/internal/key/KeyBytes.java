package dev.cachedcompletion.internal.key;

import java.util.Arrays;

/** A {@code byte[]} inside a key, copied and compared by content. */
public final class KeyBytes {

    private final byte[] bytes;
    private final int hash;

    /** Takes ownership of {@code bytes}. */
    public KeyBytes(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyBytes && hash == ((KeyBytes) o).hash && Arrays.equals(bytes, ((KeyBytes) o).bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
