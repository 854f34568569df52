package dev.cachedcompletion.benchmarks.support;

/**
 * Prompt texts of an exact size in bytes (ASCII, so bytes = chars = UTF-8 length).
 *
 * <p>Two ways to hand a prompt to a call. {@code built}: a new {@code String} per call, made by
 * concatenating a template and the request's variable part, as a service builds its prompt per
 * request; its hash is not cached, so every map-based cache pays for hashing the whole text.
 * {@code reused}: the same instance every call (a constant prompt), whose {@code String.hashCode} is
 * cached after the first call; this is the best case for every cache that hashes with
 * {@code String.hashCode}.
 */
public final class Prompts {

    /** The variable tail of every prompt, as a request would supply it. */
    public static final String TOPIC = "Topic: cats.";

    private static final String FILLER = "You are a helpful assistant. Answer briefly and cite the passage you used. "
            + "Context: the quick brown fox jumps over the lazy dog while the five boxing wizards jump quickly. ";

    private Prompts() {
    }

    /** A deterministic ASCII text of exactly {@code bytes} characters. */
    public static String text(int bytes) {
        StringBuilder sb = new StringBuilder(bytes);
        while (sb.length() < bytes) {
            sb.append(FILLER, 0, Math.min(FILLER.length(), bytes - sb.length()));
        }
        return sb.toString();
    }

    /** The template part of a prompt of {@code bytes} bytes whose tail is {@link #TOPIC}. */
    public static String template(int bytes) {
        if (bytes < TOPIC.length()) {
            throw new IllegalArgumentException("a prompt needs at least " + TOPIC.length() + " bytes: " + bytes);
        }
        return text(bytes - TOPIC.length());
    }
}
