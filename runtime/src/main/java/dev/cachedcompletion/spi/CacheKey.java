package dev.cachedcompletion.spi;

import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.internal.key.CanonicalEncoder;
import dev.cachedcompletion.internal.key.KeySizes;
import java.util.Arrays;

/**
 * The key of one cache entry: the method it belongs to and the canonical values of its key
 * ingredients (key parts and arguments), built by generated code.
 *
 * <p>Two views of one key. {@link #equals}/{@link #hashCode} compare the values held in memory and
 * are all an in-process store needs. {@link #digest()} is the SHA-256 of the canonical byte encoding
 * specified in {@code docs/KEYS.md}; it is the same on every JVM and machine and is what stores
 * outside the process use. It is computed on first request only.
 *
 * <p>Instances are immutable and safe to share between threads. The values inside were copied into
 * immutable canonical forms when the key was built, so a caller mutating its argument later cannot
 * change a key.
 */
public final class CacheKey {

    private final MethodSite site;
    private final Object[] parts;
    /**
     * Computed on first {@link #hashCode()}, as {@code String} does: a hit in a store outside the
     * process (SQLite) never asks for it, and it cost that hit a second pass over the prompt
     * (String.hashCode, on top of the SHA-256) — half of a 256 KB hit (docs/PERFORMANCE.md).
     * Racy but safe: the value is a pure function of final fields, and int writes are atomic.
     */
    private int hash;
    private volatile byte[] digest;

    /**
     * For generated code (through {@link MethodSite}). {@code parts} must already hold canonical
     * immutable values and must not be modified afterwards; it is not copied.
     */
    public CacheKey(MethodSite site, Object[] parts) {
        this.site = site;
        this.parts = parts;
    }

    /** The method identity: the {@code name} attribute, or {@code class#method(parameter types)}. */
    public String methodId() {
        return site.identity();
    }

    /** The generated description of the method this key belongs to. */
    public MethodSite site() {
        return site;
    }

    /** A fresh copy of the 32-byte SHA-256 digest of the canonical key bytes. */
    public byte[] digest() {
        byte[] d = digest;
        if (d == null) {
            d = CanonicalEncoder.digest(site.prefixBytes(), parts);
            digest = d;
        }
        return d.clone();
    }

    /** The canonical key bytes the digest is computed over (for tests and tools, not the hot path). */
    public byte[] canonicalBytes() {
        return CanonicalEncoder.keyBytes(site.prefixBytes(), parts);
    }

    /** A rough estimate of the heap this key retains, used to weigh entries in the memory store. */
    public long approximateBytes() {
        return KeySizes.of(parts) + 48;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CacheKey)) {
            return false;
        }
        CacheKey other = (CacheKey) o;
        return hashCode() == other.hashCode() && site.sameMethodAs(other.site) && Arrays.equals(parts, other.parts);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * site.hashCode() + Arrays.hashCode(parts);
            if (h == 0) {
                h = 1; // 0 means "not computed yet"
            }
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return site.identity() + " " + shortDigest();
    }

    /** The first 12 hex digits of the digest, for logs. */
    public String shortDigest() {
        byte[] d = digest();
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 6; i++) {
            sb.append(Character.forDigit((d[i] >> 4) & 0xF, 16)).append(Character.forDigit(d[i] & 0xF, 16));
        }
        return sb.toString();
    }
}
