package dev.cachedcompletion.internal.config;

import dev.cachedcompletion.CacheConfigurationException;
import java.util.function.Function;

/**
 * One {@code cachedcompletion.*} setting: its system property, else its environment variable, else
 * a default, read once at first use. A malformed value is kept as an error that every use throws
 * (with a new exception each time, so each stack trace shows the refused call), so that a
 * misconfiguration cannot go unnoticed. Thread-safe; a use costs one volatile read.
 *
 * @param <T> the parsed value
 */
final class ConfiguredSetting<T> {

    /** Says why a text is malformed: the message names the source, the value and the valid forms. */
    @FunctionalInterface
    interface Complaint {
        String about(String source, String value, String problem);
    }

    private final String property;
    private final String environment;
    private final T fallback;
    private final Function<String, T> parser;
    private final Complaint complaint;
    private volatile T value;
    private CacheConfigurationException error;

    /** {@code parser} throws {@link IllegalArgumentException} for a malformed text. */
    ConfiguredSetting(String property, String environment, T fallback, Function<String, T> parser, Complaint complaint) {
        this.property = property;
        this.environment = environment;
        this.fallback = fallback;
        this.parser = parser;
        this.complaint = complaint;
    }

    T current() {
        T v = value;
        return v != null ? v : fromConfiguration();
    }

    private synchronized T fromConfiguration() {
        if (value == null && error == null) {
            read();
        }
        if (error != null) {
            throw new CacheConfigurationException(error.getMessage());
        }
        return value;
    }

    private void read() {
        String text = System.getProperty(property);
        String source = "-D" + property;
        if (text == null) {
            text = System.getenv(environment);
            source = environment;
        }
        if (text == null) {
            value = fallback;
            return;
        }
        try {
            value = parser.apply(text);
        } catch (IllegalArgumentException e) {
            error = new CacheConfigurationException(complaint.about(source, text, e.getMessage()));
        }
    }

    /** Uses {@code v} from now on, in place of the configuration. */
    synchronized void use(T v) {
        if (v == null) {
            throw new NullPointerException(property);
        }
        error = null;
        value = v;
    }

    /** Forgets the value; the configuration is read again at the next use. */
    synchronized void reset() {
        error = null;
        value = null;
    }
}
