package dev.cachedcompletion.simulated;

import java.util.Arrays;
import java.util.regex.Pattern;

/** The simulated model's tokens are whitespace-separated words: easy to predict in a test. */
final class Words {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Words() {
    }

    static int count(String text) {
        return split(text).length;
    }

    /** The first {@code limit} words of {@code text}, joined by single spaces. */
    static String first(String text, int limit) {
        String[] words = split(text);
        return String.join(" ", Arrays.copyOf(words, Math.min(limit, words.length)));
    }

    /** {@code text} on one line, its words joined by single spaces. */
    static String collapse(String text) {
        return String.join(" ", split(text));
    }

    private static String[] split(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? new String[0] : WHITESPACE.split(trimmed);
    }
}
