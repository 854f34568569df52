package dev.cachedcompletion.spi;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses byte sizes: {@code 1048576}, {@code 512k}, {@code 64m}, {@code 1g} (binary multiples, optional {@code b}). */
public final class SizeText {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmg]?)b?");

    private SizeText() {
    }

    /** The size in bytes, at least 1; throws {@link IllegalArgumentException} saying what is valid. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size (use 1048576, 512k, 64m or 1g)");
        }
        long n = Long.parseLong(m.group(1));
        int shift = m.group(2).isEmpty() ? 0 : "kmg".indexOf(m.group(2)) * 10 + 10;
        long bytes = n << shift;
        if (n == 0 || (bytes >> shift) != n) {
            throw new IllegalArgumentException("a size must be between 1 byte and 8 exabytes");
        }
        return bytes;
    }
}
