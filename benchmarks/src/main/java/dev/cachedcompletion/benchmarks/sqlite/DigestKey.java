package dev.cachedcompletion.benchmarks.sqlite;

import dev.cachedcompletion.spi.CacheKey;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** A key made of a number, for driving a store directly (the measurements here need no woven method). */
final class DigestKey extends CacheKey {

    static final String METHOD = "bench.Answers#answer(java.lang.String)";

    private final byte[] digest;

    DigestKey(long n) {
        try {
            this.digest = MessageDigest.getInstance("SHA-256").digest(ByteBuffer.allocate(8).putLong(n).array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public String methodId() {
        return METHOD;
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    @Override
    public byte[] canonicalBytes() {
        return digest.clone();
    }

    @Override
    public long approximateBytes() {
        return 64;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DigestKey other && Arrays.equals(digest, other.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }
}
