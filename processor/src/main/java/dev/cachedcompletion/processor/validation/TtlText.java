package dev.cachedcompletion.processor.validation;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks {@code @CachedCompletion(ttl=...)} at compile time, with the grammar the runtime accepts
 * for store options: {@code 250ms}, {@code 30s}, {@code 10m}, {@code 12h}, {@code 7d} or ISO-8601.
 */
public final class TtlText {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,18})\\s*(ms|s|m|h|d)");

    private TtlText() {
    }

    /** The TTL in milliseconds, {@code -1} for an empty text, or an exception saying what is valid. */
    public static long toMillis(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return -1;
        }
        Duration d;
        Matcher m = SHORT.matcher(t);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                switch (m.group(2)) {
                    case "ms": d = Duration.ofMillis(n); break;
                    case "s": d = Duration.ofSeconds(n); break;
                    case "m": d = Duration.ofMinutes(n); break;
                    case "h": d = Duration.ofHours(n); break;
                    default: d = Duration.ofDays(n); break;
                }
            } else {
                d = Duration.parse(t);
            }
            if (d.isNegative() || d.toMillis() < 1) {
                throw new IllegalArgumentException("ttl \"" + text + "\" must be at least 1ms");
            }
            return d.toMillis();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("ttl \"" + text + "\" is not a duration: use 250ms, 30s, 10m, 12h, "
                    + "7d or ISO-8601 such as PT90M, or leave it empty for the store's default");
        }
    }
}
