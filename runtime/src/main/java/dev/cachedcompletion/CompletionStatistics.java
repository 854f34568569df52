package dev.cachedcompletion;

/**
 * What the cache did for one method since the JVM started (or since
 * {@link CachedCompletions#resetStatistics()}).
 *
 * @param method the method identity ({@code name} attribute or signature)
 * @param hits   calls answered from the cache, including callers that waited for a concurrent
 *               identical call instead of calling the model
 * @param misses calls that ran the method body
 * @param errors store, codec or key failures, each of which was treated as a miss
 * @param meanMissMillis the mean duration of a call that ran the body (a model call), in milliseconds
 * @param timeSavedMillis an estimate of the time the cache saved: {@code meanMissMillis × hits}
 */
public record CompletionStatistics(String method, long hits, long misses, long errors, double meanMissMillis,
        double timeSavedMillis) {
}
