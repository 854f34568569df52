package dev.cachedcompletion.spi;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed value of the {@code cachedcompletion.store} property:
 * {@code scheme[:location][?option=value&option=value...]}, for example {@code memory},
 * {@code memory?maxBytes=256m&ttl=7d}, {@code sqlite:.completions.db?busyTimeout=200ms}.
 *
 * <p>The scheme is matched case-insensitively. The location is everything between the first
 * {@code :} and the first {@code ?}. Option names are case-sensitive; an option may appear once.
 * Immutable.
 */
public final class StoreSpec {

    private final String text;
    private final String scheme;
    private final String location;
    private final Map<String, String> options;

    private StoreSpec(String text, String scheme, String location, Map<String, String> options) {
        this.text = text;
        this.scheme = scheme;
        this.location = location;
        this.options = options;
    }

    /** Parses the syntax only; the provider of the scheme checks the location and options. */
    public static StoreSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new StoreSpecException("the value is empty");
        }
        String trimmed = text.trim();
        int query = trimmed.indexOf('?');
        String head = query < 0 ? trimmed : trimmed.substring(0, query);
        int colon = head.indexOf(':');
        String scheme = (colon < 0 ? head : head.substring(0, colon)).trim().toLowerCase(java.util.Locale.ROOT);
        String location = colon < 0 ? "" : head.substring(colon + 1);
        if (scheme.isEmpty()) {
            throw new StoreSpecException("no store name before ':'");
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (query >= 0) {
            parseOptions(trimmed.substring(query + 1), options);
        }
        return new StoreSpec(trimmed, scheme, location, Collections.unmodifiableMap(options));
    }

    private static void parseOptions(String query, Map<String, String> into) {
        if (query.isEmpty()) {
            throw new StoreSpecException("'?' is followed by no option");
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new StoreSpecException("option '" + pair + "' is not of the form name=value");
            }
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty()) {
                throw new StoreSpecException("option '" + name + "' has no value");
            }
            if (into.put(name, value) != null) {
                throw new StoreSpecException("option '" + name + "' is given twice");
            }
        }
    }

    /** The whole spec as written (trimmed). */
    public String text() {
        return text;
    }

    /** The scheme in lower case, such as {@code sqlite}. */
    public String scheme() {
        return scheme;
    }

    /** What follows {@code scheme:} up to the options; empty when there is none. */
    public String location() {
        return location;
    }

    /** The options in the order written. */
    public Map<String, String> options() {
        return options;
    }

    /** Throws unless every option is one of {@code allowed}. */
    public void requireOnlyOptions(Set<String> allowed) {
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                String valid = allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed));
                throw new StoreSpecException(
                        "unknown option '" + name + "' for store '" + scheme + "' (valid options: " + valid + ")");
            }
        }
    }

    /** The option as a duration ({@code 250ms}, {@code 30s}, {@code 10m}, {@code 12h}, {@code 7d}, ISO-8601). */
    public Duration duration(String name, Duration fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return DurationText.parse(value);
        } catch (IllegalArgumentException e) {
            throw new StoreSpecException("option '" + name + "=" + value + "': " + e.getMessage());
        }
    }

    /** The option as a byte size ({@code 1048576}, {@code 512k}, {@code 64m}, {@code 1g}), positive. */
    public long bytes(String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return SizeText.parse(value);
        } catch (IllegalArgumentException e) {
            throw new StoreSpecException("option '" + name + "=" + value + "': " + e.getMessage());
        }
    }

    /** The option as a whole number, at least 1. */
    public long positiveNumber(String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        long n;
        try {
            n = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new StoreSpecException("option '" + name + "=" + value + "': not a whole number");
        }
        if (n < 1) {
            throw new StoreSpecException("option '" + name + "=" + value + "': must be at least 1");
        }
        return n;
    }

    @Override
    public String toString() {
        return text;
    }
}
