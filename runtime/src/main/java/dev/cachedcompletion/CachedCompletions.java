package dev.cachedcompletion;

import dev.cachedcompletion.internal.CompletionEngine;
import dev.cachedcompletion.internal.LastOutcome;
import dev.cachedcompletion.internal.MethodStats;
import dev.cachedcompletion.internal.config.PriceSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreProbe;
import dev.cachedcompletion.internal.config.StreamPaceSelection;
import dev.cachedcompletion.spi.CompletionStore;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The programmatic side of the cache, for tests and frameworks: the equivalent of setting
 * {@code -Dcachedcompletion.store=...} and {@code -Dcachedcompletion.mode=...}, scoped modes,
 * clearing, statistics and the outcome of the last call. All methods are thread-safe
 * and act on the one cache of this class loader that the woven aspect uses.
 */
public final class CachedCompletions {

    private CachedCompletions() {
    }

    /**
     * Uses the store {@code spec} describes from now on, like the {@code cachedcompletion.store}
     * property would ({@code memory}, {@code sqlite:.completions.db}, {@code none}, ...). The
     * previous store is closed.
     *
     * @throws CacheConfigurationException at once if the spec is malformed
     */
    public static void useStore(String spec) {
        CompletionEngine.global().stores().use(spec);
    }

    /** Uses {@code store} from now on; the previous store is closed. */
    public static void useStore(CompletionStore store) {
        CompletionEngine.global().stores().use(store);
    }

    /**
     * Closes the current store and goes back to the configuration: the property, then the
     * environment variable, then {@code memory}, read again at the next cached call.
     */
    public static void useConfiguredStore() {
        CompletionEngine.global().stores().reset();
    }

    /**
     * The store in use.
     *
     * @throws CacheConfigurationException if the configuration is malformed
     */
    public static CompletionStore store() {
        return CompletionEngine.global().stores().current();
    }

    /** Removes every entry of the current store. */
    public static void clear() {
        store().clear();
    }

    /**
     * Opens a scope in which cached calls on this thread use {@code mode}, whatever the
     * {@code cachedcompletion.mode} property says; for example strict replay in one test:
     * <pre>{@code
     * try (CacheScope replay = CachedCompletions.withMode(CacheMode.REPLAY)) {
     *     assertEquals(expected, service.answer(question)); // throws ReplayMissException if not recorded
     * }
     * }</pre>
     * The scope covers this thread and everything it calls on this thread, not other threads.
     */
    public static CacheScope withMode(CacheMode mode) {
        return CompletionEngine.global().modes().open(mode);
    }

    /** Sets the mode of the whole JVM, in place of the {@code cachedcompletion.mode} property. */
    public static void useMode(CacheMode mode) {
        CompletionEngine.global().modes().use(mode);
    }

    /** Goes back to the configured mode: the property, then the environment variable, then read-write. */
    public static void useConfiguredMode() {
        CompletionEngine.global().modes().reset();
    }

    /**
     * The mode a cached call on this thread would use now.
     *
     * @throws CacheConfigurationException if {@code cachedcompletion.mode} is malformed
     */
    public static CacheMode mode() {
        return CompletionEngine.global().modes().current();
    }

    /**
     * Sets how streamed answers found in the store are replayed, for the whole JVM, in place of the
     * {@code cachedcompletion.streamPace} property: at once, or at the pace they were recorded.
     */
    public static void useStreamPace(StreamPace pace) {
        if (pace == null) {
            throw new NullPointerException("pace");
        }
        StreamPaceSelection.global().use(pace);
    }

    /** Goes back to the configured stream pace: the property, then the environment variable, then instant. */
    public static void useConfiguredStreamPace() {
        StreamPaceSelection.global().reset();
    }

    /**
     * Sets the token prices the statistics count money with, for the whole JVM, in place of the
     * {@code cachedcompletion.prices} property ({@link TokenPrices#parse}).
     */
    public static void usePrices(TokenPrices prices) {
        if (prices == null) {
            throw new NullPointerException("prices");
        }
        PriceSelection.global().use(prices);
    }

    /** Goes back to the configured prices: the property, then the environment variable, then none. */
    public static void useConfiguredPrices() {
        PriceSelection.global().reset();
    }

    /**
     * What the cache did for the last {@code @CachedCompletion} call made on this thread — whether
     * its answer came from the cache ({@link CacheOutcome#fromCache()}) — or {@code null} if this
     * thread made none. Set before the call returns or throws.
     */
    public static CacheOutcome lastOutcome() {
        return LastOutcome.get();
    }

    /**
     * Per-method counters, sorted by method identity.
     *
     * @throws CacheConfigurationException if {@code cachedcompletion.prices} is malformed
     */
    public static List<CompletionStatistics> statistics() {
        return CompletionEngine.global().statistics().stream()
                .map(MethodStats::snapshot)
                .sorted(Comparator.comparing(CompletionStatistics::method))
                .collect(Collectors.toList());
    }

    /** The counters of one method (zeros if it was never called). */
    public static CompletionStatistics statistics(String method) {
        return statistics().stream().filter(s -> s.method().equals(method)).findFirst()
                .orElse(new CompletionStatistics(method, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /** The live counters of every method called so far, for meters and endpoints (see {@link MethodCounters}). */
    public static List<MethodCounters> counters() {
        return List.copyOf(CompletionEngine.global().statistics());
    }

    /**
     * Calls {@code listener} with the counters of each method known now and of each method first
     * called later, until the returned handle is run: how a meter registry learns of every method
     * once. The listener may be called twice for one method and must be idempotent; one that throws
     * is logged and fails no call.
     */
    public static Runnable listenToCounters(Consumer<MethodCounters> listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        return CompletionEngine.global().listenToStatistics(listener::accept);
    }

    /**
     * Uses the store {@code spec} describes, like {@link #useStore(String)}; a malformed spec's
     * message names {@code source} as where it came from (a file and line, say). The password of a
     * URL is never part of a message.
     *
     * @throws CacheConfigurationException at once if the spec is malformed
     */
    public static void useStore(String spec, String source) {
        CompletionEngine.global().stores().use(StoreFactory.open(spec, source));
    }

    /**
     * Looks up, in the store in use, a key no method can have: what a health check does to see that
     * the store answers. Unlike a cached call, it throws what the store throws.
     *
     * @throws CacheConfigurationException if the store configuration is malformed
     * @throws RuntimeException            whatever the store throws (a locked file, a server that is down)
     */
    public static void probeStore() {
        StoreProbe.lookUp(store());
    }

    /**
     * The token prices in force: set by {@link #usePrices}, else {@code cachedcompletion.prices}.
     *
     * @throws CacheConfigurationException if the configured prices are malformed
     */
    public static TokenPrices prices() {
        return PriceSelection.global().current();
    }

    /** Sets every counter back to zero. */
    public static void resetStatistics() {
        CompletionEngine.global().statistics().forEach(MethodStats::resetCounters);
    }
}
