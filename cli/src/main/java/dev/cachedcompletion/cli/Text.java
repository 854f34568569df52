package dev.cachedcompletion.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How the CLI shows times, sizes and counts to people. */
final class Text {

    private Text() {
    }

    /** UTC, to the second, the same on every machine: {@code 2025-06-01T10:00:00Z}. */
    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code never} for an entry without expiry. */
    static String expiry(Long epochMillis) {
        return epochMillis == null ? "never" : time(epochMillis);
    }

    /** Exact bytes, and a rounded binary unit when that is shorter to read: {@code 1536 (1.5 KiB)}. */
    static String bytes(long n) {
        if (n < 1024) {
            return Long.toString(n);
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = n;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return n + String.format(Locale.ROOT, " (%.1f %s)", value, units[unit]);
    }

    /** {@code 1 entry}, {@code 2 entries}. */
    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
