package dev.cachedcompletion.spi;

/**
 * A cached result as a store holds it: the encoded bytes, or — only in a store that
 * {@linkplain ObjectKeepingStore keeps objects} and only for a value the processor proved
 * immutable — the result object itself, which is then returned to every caller without decoding.
 *
 * <p>Immutable. Exactly one of {@link #object()} and {@link #bytes()} is non-null.
 */
public final class StoredValue {

    private final Object object;
    private final byte[] bytes;
    private final int weight;

    private StoredValue(Object object, byte[] bytes, int weight) {
        this.object = object;
        this.bytes = bytes;
        this.weight = weight;
    }

    /** Encoded bytes (header + payload), as every store can hold them. The array is not copied. */
    public static StoredValue ofBytes(byte[] bytes) {
        if (bytes == null) {
            throw new NullPointerException("bytes");
        }
        return new StoredValue(null, bytes, bytes.length);
    }

    /**
     * An immutable result object kept as it is; {@code encodedLength} is the size of its encoding,
     * used as its weight in a byte-bounded store.
     */
    public static StoredValue ofObject(Object object, int encodedLength) {
        if (object == null) {
            throw new NullPointerException("object");
        }
        return new StoredValue(object, null, encodedLength);
    }

    /** The kept result object, or {@code null} if this value is held as bytes. */
    public Object object() {
        return object;
    }

    /** The encoded bytes, or {@code null} if this value is held as an object. Do not modify. */
    public byte[] bytes() {
        return bytes;
    }

    /** The size of the encoded value in bytes. */
    public int weight() {
        return weight;
    }
}
