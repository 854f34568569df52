package dev.cachedcompletion.internal.redis;

import dev.cachedcompletion.spi.CacheKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The names of this cache's Redis keys (see {@code docs/REDIS.md}): one per entry,
 * <pre>
 *   &lt;prefix&gt;&lt;method&gt;:&lt;digest&gt;   the value bytes, with the entry's TTL (or, while one process
 *                                  computes the entry, its lease: see {@link RedisLease})
 * </pre>
 * {@code <digest>} is the 64 hex digits of {@link CacheKey#digest()}; {@code <method>} is the first 16
 * hex digits of the SHA-256 of the {@linkplain CacheKey#methodId() method identity}, so that a method's
 * entries can be found with one {@code SCAN MATCH} and no index to keep in step; the fixed shape lets
 * {@code clear} delete only keys that are certainly ours. Thread-safe.
 */
final class RedisKeys {

    private static final int METHOD_HEX = 16;
    private static final Pattern OURS_AFTER_PREFIX =
            Pattern.compile("[0-9a-f]{" + METHOD_HEX + "}:[0-9a-f]{64}");

    private final String prefix;
    private final String globPrefix;
    private final ConcurrentHashMap<String, String> methodHashes = new ConcurrentHashMap<>();

    RedisKeys(String prefix) {
        this.prefix = prefix;
        this.globPrefix = escapeGlob(prefix);
    }

    String prefix() {
        return prefix;
    }

    /** The key of the entry for {@code key}. */
    String entry(CacheKey key) {
        StringBuilder sb = new StringBuilder(prefix.length() + METHOD_HEX + 1 + 64)
                .append(prefix).append(methodHash(key.methodId())).append(':');
        return appendHex(sb, key.digest()).toString();
    }

    /** A SCAN pattern for every entry of this cache; {@link #isOurs} filters it exactly. */
    String allPattern() {
        return globPrefix + "[0-9a-f]".repeat(METHOD_HEX) + ":*";
    }

    /** A SCAN pattern for the entries of one method; {@link #isOurs} filters it exactly. */
    String methodPattern(String methodId) {
        return globPrefix + methodHash(methodId) + ":*";
    }

    /** Whether {@code redisKey} has the exact shape of an entry of this cache. */
    boolean isOurs(String redisKey) {
        return redisKey.startsWith(prefix) && OURS_AFTER_PREFIX.matcher(redisKey).region(prefix.length(),
                redisKey.length()).matches();
    }

    private String methodHash(String methodId) {
        String hash = methodHashes.get(methodId);
        if (hash == null) {
            hash = methodHashes.computeIfAbsent(methodId, RedisKeys::hashOf);
        }
        return hash;
    }

    private static String hashOf(String methodId) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(methodId.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(METHOD_HEX);
            for (int i = 0; i < METHOD_HEX / 2; i++) {
                appendHex(sb, sha[i]);
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static StringBuilder appendHex(StringBuilder sb, byte[] bytes) {
        for (byte b : bytes) {
            appendHex(sb, b);
        }
        return sb;
    }

    private static void appendHex(StringBuilder sb, byte b) {
        sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }

    /** Redis glob patterns treat {@code * ? [ ] \} specially; a prefix holding them must match literally. */
    private static String escapeGlob(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
