package dev.cachedcompletion.internal.config;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.spi.DurationText;
import java.time.Duration;

/**
 * How long a caller waits for an identical call already in flight in this JVM before it makes its
 * own: {@code cachedcompletion.joinTimeout} (or {@code CACHEDCOMPLETION_JOIN_TIMEOUT}), default
 * {@value #DEFAULT_TEXT}. Long enough for a long model answer; short enough that a leader that never
 * finishes — a hung client, or a body that itself waits for the caller waiting on it — costs a bounded
 * delay rather than a hang. Read once; a malformed value fails every cached call. Thread-safe.
 */
public final class JoinTimeout {

    public static final String PROPERTY = "cachedcompletion.joinTimeout";
    public static final String ENVIRONMENT = "CACHEDCOMPLETION_JOIN_TIMEOUT";
    static final String DEFAULT_TEXT = "60s";

    /** A {@link Duration}, a {@link CacheConfigurationException}, or null before the first read. */
    private volatile Object configured;

    /** A fixed bound, for tests and embedding frameworks. */
    public static JoinTimeout of(Duration bound) {
        JoinTimeout timeout = new JoinTimeout();
        timeout.configured = bound;
        return timeout;
    }

    /** The bound; throws {@link CacheConfigurationException} while the configured value is malformed. */
    public Duration current() {
        Object c = configured;
        if (c instanceof Duration) {
            return (Duration) c;
        }
        return fromConfiguration();
    }

    private synchronized Duration fromConfiguration() {
        if (configured == null) {
            configured = read();
        }
        if (configured instanceof CacheConfigurationException) {
            throw new CacheConfigurationException(((CacheConfigurationException) configured).getMessage());
        }
        return (Duration) configured;
    }

    private static Object read() {
        String value = System.getProperty(PROPERTY);
        String source = "-D" + PROPERTY;
        if (value == null) {
            value = System.getenv(ENVIRONMENT);
            source = ENVIRONMENT;
        }
        if (value == null) {
            return DurationText.parse(DEFAULT_TEXT);
        }
        try {
            return DurationText.parse(value);
        } catch (IllegalArgumentException e) {
            return new CacheConfigurationException(source + "='" + value + "' is not a valid join timeout: "
                    + e.getMessage() + ". Valid forms: 250ms, 30s, 10m, 12h, 7d or ISO-8601 such as PT90S.");
        }
    }
}
