package dev.cachedcompletion.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * One cache entry as a {@link BrowsableStore} holds it, for tools that list, copy or remove entries:
 * the key's digest, the method it belongs to, when it was stored, when it expires, and the value
 * bytes in the library's value format (codec header + payload, see {@code docs/KEYS.md}).
 *
 * <p>The arrays are not copied, as in {@link StoredValue}: do not modify them. {@link #equals} and
 * {@link #hashCode} compare the array contents, so two entries read from different stores are equal
 * exactly when they hold the same bytes.
 *
 * @param keyDigest     the 32-byte SHA-256 digest of the canonical key bytes ({@link CacheKey#digest()})
 * @param methodId      the method identity ({@link CacheKey#methodId()}), never empty
 * @param createdMillis when the entry was stored, epoch milliseconds
 * @param expiresMillis when the entry stops being returned, epoch milliseconds; {@code null} = never
 * @param value         the stored value bytes, header included
 */
public record StoredEntry(byte[] keyDigest, String methodId, long createdMillis, Long expiresMillis, byte[] value) {

    /** The length of a key digest in bytes (SHA-256). */
    public static final int DIGEST_LENGTH = 32;

    /** @throws IllegalArgumentException if the digest is not 32 bytes or the method is empty */
    public StoredEntry {
        Objects.requireNonNull(keyDigest, "keyDigest");
        Objects.requireNonNull(methodId, "methodId");
        Objects.requireNonNull(value, "value");
        if (keyDigest.length != DIGEST_LENGTH) {
            throw new IllegalArgumentException(
                    "a key digest is " + DIGEST_LENGTH + " bytes, not " + keyDigest.length);
        }
        if (methodId.isEmpty()) {
            throw new IllegalArgumentException("the method identity is empty");
        }
    }

    /** Whether a store would no longer return this entry at {@code nowMillis}. */
    public boolean expiredAt(long nowMillis) {
        return expiresMillis != null && expiresMillis <= nowMillis;
    }

    /** The key digest in lower-case hex (64 digits). */
    public String keyHex() {
        return hex(DIGEST_LENGTH);
    }

    /** The first 12 hex digits of the key digest, as logs show it ({@link CacheKey#shortDigest()}). */
    public String shortKey() {
        return hex(6);
    }

    private String hex(int bytes) {
        StringBuilder sb = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            sb.append(Character.forDigit((keyDigest[i] >> 4) & 0xF, 16)).append(Character.forDigit(keyDigest[i] & 0xF, 16));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredEntry other
                && createdMillis == other.createdMillis
                && Objects.equals(expiresMillis, other.expiresMillis)
                && methodId.equals(other.methodId)
                && Arrays.equals(keyDigest, other.keyDigest)
                && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(keyDigest), methodId, createdMillis, expiresMillis, Arrays.hashCode(value));
    }

    @Override
    public String toString() {
        return "StoredEntry[" + shortKey() + " " + methodId + ", created " + createdMillis
                + ", expires " + expiresMillis + ", " + value.length + " bytes]";
    }
}
