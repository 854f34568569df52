package dev.cachedcompletion;

import java.util.Locale;

/**
 * How a streamed answer found in the store is replayed: {@link #INSTANT} (the default) hands every
 * element over as fast as the subscriber asks; {@link #RECORDED} hands each element over at the offset
 * from the start at which it arrived from the model, for demos and UI tests that want a replay to
 * look live. Set with {@code -Dcachedcompletion.streamPace=recorded} (or
 * {@code CACHEDCOMPLETION_STREAM_PACE}) or {@link CachedCompletions#useStreamPace}.
 */
public enum StreamPace {
    INSTANT,
    RECORDED;

    /** {@code instant} or {@code recorded}, in any case. */
    public static StreamPace parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (StreamPace pace : values()) {
            if (pace.name().toLowerCase(Locale.ROOT).equals(value)) {
                return pace;
            }
        }
        throw new IllegalArgumentException("unknown stream pace '" + text + "'");
    }
}
