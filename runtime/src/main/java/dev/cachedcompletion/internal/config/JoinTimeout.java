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

    private final ConfiguredSetting<Duration> configured = new ConfiguredSetting<>(PROPERTY, ENVIRONMENT,
            DurationText.parse(DEFAULT_TEXT), DurationText::parse, (source, value, problem) -> source + "='" + value
                    + "' is not a valid join timeout: " + problem
                    + ". Valid forms: 250ms, 30s, 10m, 12h, 7d or ISO-8601 such as PT90S.");

    /** A fixed bound, for tests and embedding frameworks. */
    public static JoinTimeout of(Duration bound) {
        JoinTimeout timeout = new JoinTimeout();
        timeout.configured.use(bound);
        return timeout;
    }

    /** The bound; throws {@link CacheConfigurationException} while the configured value is malformed. */
    public Duration current() {
        return configured.current();
    }
}
