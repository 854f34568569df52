package dev.cachedcompletion.spi;

/**
 * The key of one cache entry: the method it belongs to and the canonical values of its key
 * ingredients (key parts and arguments), built by the code the processor generated.
 *
 * <p>Two views of one key. {@link #equals}/{@link #hashCode} compare the values held in memory and
 * are all an in-process store needs. {@link #digest()} is the SHA-256 of the canonical byte encoding
 * specified in {@code docs/KEYS.md}; it is the same on every JVM and machine and is what stores
 * outside the process use. Implementations compute it on first request only.
 *
 * <p>Instances are immutable and safe to share between threads. The values inside were copied into
 * immutable canonical forms when the key was built, so a caller mutating its argument later cannot
 * change a key. Stores receive keys; they never make them.
 */
public abstract class CacheKey {

    /** For the library's own key class; stores and integrations do not subclass it. */
    protected CacheKey() {
    }

    /** The method identity: the {@code name} attribute, or {@code class#method(parameter types)}. */
    public abstract String methodId();

    /** A fresh copy of the 32-byte SHA-256 digest of the canonical key bytes. */
    public abstract byte[] digest();

    /** The canonical key bytes the digest is computed over (for tests and tools, not the hot path). */
    public abstract byte[] canonicalBytes();

    /** A rough estimate of the heap this key retains, used to weigh entries in the memory store. */
    public abstract long approximateBytes();

    /** Equal keys mean the same method (identity, version, model, key layout) and equal key values. */
    @Override
    public abstract boolean equals(Object o);

    @Override
    public abstract int hashCode();

    /** The first 12 hex digits of the digest, for logs. */
    public final String shortDigest() {
        byte[] d = digest();
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 6; i++) {
            sb.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return methodId() + " " + shortDigest();
    }
}
