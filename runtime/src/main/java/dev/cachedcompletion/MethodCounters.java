package dev.cachedcompletion;

import dev.cachedcompletion.spi.TokenUsage;
import java.util.List;

/**
 * The live counters of one cached method, for meter registries and management endpoints that read
 * them again and again ({@link CachedCompletions#counters()}, {@link CachedCompletions#listenToCounters}).
 * Every count only grows until {@link CachedCompletions#resetStatistics()}. Thread-safe; reads are
 * cheap and take no lock.
 */
public interface MethodCounters {

    /** The method identity: the {@code name} attribute, or {@code pkg.Class#method(param types)}. */
    String method();

    /** Calls answered from the store. */
    long storeHits();

    /** Calls answered by an identical call in flight (in this process or, through a lease, another). */
    long sharedAnswers();

    /** Calls that ran the method body (called the model). */
    long misses();

    /** Calls that ran without consulting the cache: the store is {@code none} or the mode {@code off}. */
    long bypassed();

    /** Store, codec or key failures, each of which the call survived as a miss. */
    long errors();

    /** Model calls (method bodies) that completed and were timed. */
    long timedModelCalls();

    /** The total time of the {@linkplain #timedModelCalls() timed model calls}, in nanoseconds. */
    long modelCallNanos();

    /** Prompt tokens the hits and shared answers did not spend, as the stored answers report them. */
    long inputTokensSaved();

    /** Completion tokens the hits and shared answers did not spend. */
    long outputTokensSaved();

    /** The saved tokens per model name the answers reported (a {@code null} model: not named). */
    List<TokenUsage> tokensSavedByModel();

    /**
     * What the saved tokens would have cost at the configured {@link TokenPrices}; 0 for models
     * without a price.
     *
     * @throws CacheConfigurationException if {@code cachedcompletion.prices} is malformed
     */
    double moneySaved();

    /**
     * The counters as {@link CachedCompletions#statistics()} shows them.
     *
     * @throws CacheConfigurationException if {@code cachedcompletion.prices} is malformed
     */
    CompletionStatistics snapshot();
}
