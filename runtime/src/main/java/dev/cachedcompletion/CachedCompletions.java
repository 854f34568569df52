package dev.cachedcompletion;

import dev.cachedcompletion.internal.CompletionInterceptor;
import dev.cachedcompletion.internal.MethodStats;
import dev.cachedcompletion.spi.CompletionStore;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The programmatic side of the cache, for tests and frameworks: the equivalent of setting
 * {@code -Dcachedcompletion.store=...}, plus clearing and statistics. All methods are thread-safe
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
        CompletionInterceptor.global().stores().use(spec);
    }

    /** Uses {@code store} from now on; the previous store is closed. */
    public static void useStore(CompletionStore store) {
        CompletionInterceptor.global().stores().use(store);
    }

    /**
     * Closes the current store and goes back to the configuration: the property, then the
     * environment variable, then {@code memory}, read again at the next cached call.
     */
    public static void useConfiguredStore() {
        CompletionInterceptor.global().stores().reset();
    }

    /**
     * The store in use.
     *
     * @throws CacheConfigurationException if the configuration is malformed
     */
    public static CompletionStore store() {
        return CompletionInterceptor.global().stores().current();
    }

    /** Removes every entry of the current store. */
    public static void clear() {
        store().clear();
    }

    /** Per-method counters, sorted by method identity. */
    public static List<CompletionStatistics> statistics() {
        return CompletionInterceptor.global().statistics().stream()
                .map(s -> new CompletionStatistics(s.method(), s.hits(), s.misses(), s.errors()))
                .sorted(Comparator.comparing(CompletionStatistics::method))
                .collect(Collectors.toList());
    }

    /** The counters of one method (zeros if it was never called). */
    public static CompletionStatistics statistics(String method) {
        return statistics().stream().filter(s -> s.method().equals(method)).findFirst()
                .orElse(new CompletionStatistics(method, 0, 0, 0));
    }

    /** Sets every counter back to zero. */
    public static void resetStatistics() {
        CompletionInterceptor.global().statistics().forEach(MethodStats::resetCounters);
    }
}
