package dev.cachedcompletion.spi;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses durations as users write them: {@code 250ms}, {@code 30s}, {@code 10m}, {@code 12h},
 * {@code 7d}, or ISO-8601 ({@code PT90M}, {@code P2D}). The same grammar is checked at compile time
 * for {@code @CachedCompletion(ttl=...)}.
 */
public final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,18})\\s*(ms|s|m|h|d)");

    private DurationText() {
    }

    /** The duration, strictly positive; throws {@link IllegalArgumentException} saying what is valid. */
    public static Duration parse(String text) {
        String t = text.trim();
        Duration d;
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            d = ofUnit(Long.parseLong(m.group(1)), m.group(2));
        } else {
            try {
                d = Duration.parse(t);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "not a duration (use 250ms, 30s, 10m, 12h, 7d or ISO-8601 such as PT90M)");
            }
        }
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("a duration must be greater than zero");
        }
        return d;
    }

    private static Duration ofUnit(long n, String unit) {
        try {
            switch (unit) {
                case "ms": return Duration.ofMillis(n);
                case "s": return Duration.ofSeconds(n);
                case "m": return Duration.ofMinutes(n);
                case "h": return Duration.ofHours(n);
                default: return Duration.ofDays(n);
            }
        } catch (ArithmeticException tooLong) {
            // Callers report IllegalArgumentException as a configuration error; this must be one too.
            throw new IllegalArgumentException("'" + n + unit + "' is longer than a duration can be");
        }
    }
}
