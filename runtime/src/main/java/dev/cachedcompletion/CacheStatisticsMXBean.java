package dev.cachedcompletion;

import java.util.Map;

/**
 * The cache's statistics over JMX, registered as {@code dev.cachedcompletion:type=CacheStatistics}
 * when the first cached method is resolved (set {@code -Dcachedcompletion.jmx=false} to skip it).
 * Each map is keyed by method identity; see {@link CompletionStatistics} for the meaning of the
 * numbers.
 */
public interface CacheStatisticsMXBean {

    Map<String, Long> getHits();

    Map<String, Long> getMisses();

    Map<String, Long> getErrors();

    /** Estimated time saved per method, in milliseconds (mean model-call time × hits). */
    Map<String, Long> getTimeSavedMillis();

    /** Prompt tokens the hits did not spend, per method, as the stored answers report them. */
    Map<String, Long> getInputTokensSaved();

    /** Completion tokens the hits did not spend, per method. */
    Map<String, Long> getOutputTokensSaved();

    /**
     * What the saved tokens would have cost per method at {@code cachedcompletion.prices}, in the
     * prices' currency (0 for models without a price).
     */
    Map<String, Double> getMoneySaved();

    /** The spec of the store in use, such as {@code sqlite:/srv/app/.completions.db}. */
    String getStore();

    /** The mode in force for calls without a scope. */
    String getMode();

    /** Sets every counter back to zero. */
    void resetStatistics();
}
