package dev.cachedcompletion.internal.config;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.StreamPace;

/**
 * The pace of stream replays: {@code cachedcompletion.streamPace} (or
 * {@code CACHEDCOMPLETION_STREAM_PACE}), {@code instant} by default. Read when a replay starts; a
 * malformed value fails every cached call. Thread-safe.
 */
public final class StreamPaceSelection {

    public static final String PROPERTY = "cachedcompletion.streamPace";
    public static final String ENVIRONMENT = "CACHEDCOMPLETION_STREAM_PACE";

    private static final StreamPaceSelection GLOBAL = new StreamPaceSelection();

    private final ConfiguredSetting<StreamPace> configured = new ConfiguredSetting<>(PROPERTY, ENVIRONMENT,
            StreamPace.INSTANT, StreamPace::parse, (source, value, problem) -> source + "='" + value
                    + "' is not a valid stream pace. Valid forms: instant, recorded.");

    public static StreamPaceSelection global() {
        return GLOBAL;
    }

    /** The pace; throws {@link CacheConfigurationException} while the configured value is malformed. */
    public StreamPace current() {
        return configured.current();
    }

    /** Sets the pace for the whole JVM, in place of the property. */
    public void use(StreamPace pace) {
        configured.use(pace);
    }

    /** Forgets the set pace; the property is read again. */
    public void reset() {
        configured.reset();
    }
}
