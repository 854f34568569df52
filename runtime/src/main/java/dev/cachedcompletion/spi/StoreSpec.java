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
 * {@code :} and the first {@code ?} that follows the last {@code @}: user info such as
 * {@code redis://user:password@host} ends at the last {@code @}, and a password may hold any
 * character there, {@code ?} included. (So an option value cannot hold an {@code @}.) Option names
 * are case-sensitive; an option may appear once. Immutable.
 *
 * <p>A spec may hold a password. Whatever shows a spec — messages, logs, tools — shows it through
 * {@link #redact(String)} (as {@link #toString()} does), never as written.
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
        int query = trimmed.indexOf('?', trimmed.lastIndexOf('@') + 1);
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

    /**
     * {@code spec} with its user info replaced by {@code ***}: everything up to the last {@code @},
     * after {@code scheme:} or {@code scheme://} (from the start when there is no {@code :} before
     * that {@code @}). Works on any text, well-formed or not, so that a password in a spec that
     * fails to parse is hidden too. It hides more than needed when a spec holds an {@code @} for
     * another reason ({@code sqlite:/home/a@b/x.db} shows as {@code sqlite:***@b/x.db}): showing a
     * password once is worse than a shortened path. {@code null} gives {@code null}.
     */
    public static String redact(String spec) {
        if (spec == null) {
            return null;
        }
        int start = userInfoStart(spec);
        return start < 0 ? spec : spec.substring(0, start) + "***" + spec.substring(spec.lastIndexOf('@'));
    }

    /**
     * {@code message} with {@code spec} shown as {@link #redact(String)} shows it, and with every
     * other occurrence of its user info, or of the password in it, replaced by {@code ***}: for a
     * message that may quote a piece of a spec, such as a provider's error.
     */
    public static String redact(String message, String spec) {
        if (message == null || spec == null) {
            return message;
        }
        String redacted = message.replace(spec, redact(spec));
        int start = userInfoStart(spec);
        if (start < 0) {
            return redacted;
        }
        String userInfo = spec.substring(start, spec.lastIndexOf('@'));
        String password = userInfo.substring(userInfo.indexOf(':') + 1);
        for (String secret : new String[] {userInfo, password}) {
            if (!secret.isEmpty()) {
                redacted = redacted.replace(secret, "***");
            }
        }
        return redacted;
    }

    /** Where the user info of {@code spec} starts, or -1 if it has no {@code @}. */
    private static int userInfoStart(String spec) {
        int at = spec.lastIndexOf('@');
        if (at < 0) {
            return -1;
        }
        int colon = spec.indexOf(':');
        if (colon < 0 || colon > at) {
            return 0;
        }
        return spec.startsWith("//", colon + 1) && colon + 3 <= at ? colon + 3 : colon + 1;
    }

    /** The whole spec as written (trimmed), password included: show {@link #toString()} instead. */
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

    /** The spec as written, with its user info hidden ({@link #redact(String)}). */
    @Override
    public String toString() {
        return redact(text);
    }
}
