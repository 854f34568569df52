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
 * @param inputTokensSaved  prompt tokens the hits did not spend, as the stored answers report them
 *                          (only answers whose codec reports usage count: the OpenAI, LangChain4j and
 *                          Spring AI response types; a {@code String} answer does not say)
 * @param outputTokensSaved completion tokens the hits did not spend, likewise
 * @param moneySaved what those tokens would have cost at the configured {@link TokenPrices}
 *                   ({@code cachedcompletion.prices}), in their currency; 0 without a price for the model
 */
public record CompletionStatistics(String method, long hits, long misses, long errors, double meanMissMillis,
        double timeSavedMillis, long inputTokensSaved, long outputTokensSaved, double moneySaved) {
}
