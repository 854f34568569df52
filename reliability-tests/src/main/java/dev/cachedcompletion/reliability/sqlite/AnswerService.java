package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.CachedCompletion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a chat model: answers deterministically, so that every JVM computes the same value
 * for a key and a test can tell a right value from a wrong one, and counts how often the "model"
 * really runs, so that a test can tell hits from misses. Thread-safe.
 */
public class AnswerService {

    /** The method identity, as {@code CachedCompletions.statistics(String)} wants it. */
    public static final String METHOD = "reliability.sqlite.answer";

    private final AtomicInteger modelCalls = new AtomicInteger();

    /** The model's answer: {@link #expected} of the arguments, computed only on a miss. */
    @CachedCompletion(name = METHOD)
    public String answer(String prompt, int length) {
        modelCalls.incrementAndGet();
        return expected(prompt, length);
    }

    /** How often {@link #answer} really ran (missed the cache) in this JVM. */
    public int modelCalls() {
        return modelCalls.get();
    }

    /**
     * The answer to {@code prompt}, {@code length} characters long. Derived from a digest of the
     * prompt, never containing it: the file-secrecy test looks for the prompt in the file's bytes.
     * A chain of digests, not one repeated: a long answer must not deflate to nothing in the file,
     * or the tests that need long rows (overflow pages, a full disk) would have none.
     */
    public static String expected(String prompt, int length) {
        byte[] digest = sha256(prompt.getBytes(StandardCharsets.UTF_8));
        StringBuilder answer = new StringBuilder(length + 64).append("answer:");
        while (answer.length() < length) {
            answer.append(HexFormat.of().formatHex(digest));
            digest = sha256(digest);
        }
        answer.setLength(length);
        return answer.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
