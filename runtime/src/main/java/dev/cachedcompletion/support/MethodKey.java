package dev.cachedcompletion.support;

import dev.cachedcompletion.internal.key.CanonicalEncoder;
import dev.cachedcompletion.internal.key.KeySizes;
import dev.cachedcompletion.spi.CacheKey;
import java.util.Arrays;

/**
 * The key a {@link MethodSite} builds: the site's prefix (identity, version, model, labels) and the
 * canonical values of the call. The digest is computed only when a store outside the process asks.
 *
 * <p>It holds the site's {@link KeyPrefix}, not the site: a site is an instance of generated code,
 * and a key kept in a store must not keep a discarded class loader alive (a hot reload).
 */
final class MethodKey extends CacheKey {

    private final KeyPrefix prefix;
    private final Object[] parts;
    /**
     * Computed on first {@link #hashCode()}, as {@code String} does: a hit in a store outside the
     * process (SQLite) never asks for it, and it cost that hit a second pass over the prompt
     * (String.hashCode, on top of the SHA-256) — half of a 256 KB hit (docs/PERFORMANCE.md).
     * Racy but safe: the value is a pure function of final fields, and int writes are atomic.
     */
    private int hash;
    private volatile byte[] digest;

    /** {@code parts} must already hold canonical immutable values; it is not copied. */
    MethodKey(KeyPrefix prefix, Object[] parts) {
        this.prefix = prefix;
        this.parts = parts;
    }

    @Override
    public String methodId() {
        return prefix.identity;
    }

    @Override
    public byte[] digest() {
        byte[] d = digest;
        if (d == null) {
            d = CanonicalEncoder.digest(prefix.bytes, parts);
            digest = d;
        }
        return d.clone();
    }

    @Override
    public byte[] canonicalBytes() {
        return CanonicalEncoder.keyBytes(prefix.bytes, parts);
    }

    @Override
    public long approximateBytes() {
        return KeySizes.of(parts) + 48;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MethodKey)) {
            return false;
        }
        MethodKey other = (MethodKey) o;
        return hashCode() == other.hashCode() && prefix.sameAs(other.prefix) && Arrays.equals(parts, other.parts);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * prefix.hash + Arrays.hashCode(parts);
            if (h == 0) {
                h = 1; // 0 means "not computed yet"
            }
            hash = h;
        }
        return h;
    }
}
