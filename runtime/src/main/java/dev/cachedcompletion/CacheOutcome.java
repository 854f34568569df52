package dev.cachedcompletion;

/** What the cache did for one call; see {@link CachedCompletions#lastOutcome()}. */
public enum CacheOutcome {

    /** Answered from the store; the model was not called. */
    HIT,
    /** Answered by a concurrent identical call that was already running; the model was called once for both. */
    SHARED,
    /** The model was called (a miss, a refresh, or a store that failed). */
    MISS,
    /** The cache was not consulted: mode {@code off}, store {@code none}, or the method has no generated key code. */
    BYPASSED;

    /** Whether the answer came without calling the model: {@link #HIT} or {@link #SHARED}. */
    public boolean fromCache() {
        return this == HIT || this == SHARED;
    }
}
