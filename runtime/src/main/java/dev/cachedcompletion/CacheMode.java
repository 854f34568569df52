package dev.cachedcompletion;

import java.util.Locale;

/**
 * How cached calls use the store. Set for the JVM with {@code -Dcachedcompletion.mode=...} (or the
 * {@code CACHEDCOMPLETION_MODE} environment variable; default {@code read-write}), or for a scope of
 * code on one thread with {@link CachedCompletions#withMode(CacheMode)}.
 */
public enum CacheMode {

    /** Answer from the store when it can, call the model and store the answer when it cannot. */
    READ_WRITE,
    /** Answer from the store when it can, call the model when it cannot, never write. */
    READ_ONLY,
    /** Always call the model and overwrite the stored answer (re-record). */
    REFRESH,
    /** Bypass the cache: always call the model, read and write nothing. */
    OFF,
    /**
     * Strict replay for offline, deterministic tests: answer from the store, and on a miss throw
     * {@link ReplayMissException} without calling the model.
     */
    REPLAY;

    /** The name as written in the property: {@code read-write}, {@code read-only}, ... */
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The valid property values, for messages. */
    public static String validForms() {
        StringBuilder forms = new StringBuilder();
        for (CacheMode mode : values()) {
            forms.append(forms.length() == 0 ? "" : " | ").append(mode.text());
        }
        return forms.toString();
    }

    /**
     * Parses {@code read-write}, {@code read_write} or {@code READ-WRITE} (any case, '-' or '_').
     *
     * @throws IllegalArgumentException naming the valid forms
     */
    public static CacheMode parse(String text) {
        String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CacheMode mode : values()) {
            if (mode.name().equals(normalized)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a cache mode (valid: " + validForms() + ")");
    }
}
