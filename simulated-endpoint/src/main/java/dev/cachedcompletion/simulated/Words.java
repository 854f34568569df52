package dev.cachedcompletion.simulated;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The simulated model's tokens are whitespace-separated words: easy to predict in a test. */
final class Words {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Between a word and the whitespace after it: each piece but the first starts with its spaces. */
    private static final Pattern WORD_END = Pattern.compile("(?<=\\S)(?=\\s)");

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

    /**
     * {@code text} cut before the whitespace that follows each word, as a model streams its tokens:
     * the pieces concatenate to {@code text} exactly, and a text without leading whitespace has one
     * piece per word. The empty text has no pieces.
     */
    static List<String> pieces(String text) {
        return text.isEmpty() ? List.of() : List.of(WORD_END.split(text, -1));
    }

    private static String[] split(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? new String[0] : WHITESPACE.split(trimmed);
    }
}
