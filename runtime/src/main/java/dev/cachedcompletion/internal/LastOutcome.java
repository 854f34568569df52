package dev.cachedcompletion.internal;

import dev.cachedcompletion.CacheOutcome;

/** The outcome of the last cached call of each thread, for {@code CachedCompletions.lastOutcome()}. */
public final class LastOutcome {

    private static final ThreadLocal<CacheOutcome> LAST = new ThreadLocal<>();

    private LastOutcome() {
    }

    static void set(CacheOutcome outcome) {
        LAST.set(outcome);
    }

    /** The outcome of this thread's last cached call, or {@code null} if it made none. */
    public static CacheOutcome get() {
        return LAST.get();
    }
}
