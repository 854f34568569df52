package dev.cachedcompletion.spring;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.MethodCounters;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Micrometer meters for every {@code @CachedCompletion} method, read from the cache's own counters
 * (the ones {@code CachedCompletions.statistics()} and JMX show), so nothing is counted twice:
 * <ul>
 *   <li>{@code cachedcompletion.calls} (tags {@code method}, {@code outcome} = {@code hit} |
 *       {@code shared} | {@code miss} | {@code bypassed}): calls by what the cache did;</li>
 *   <li>{@code cachedcompletion.errors} (tag {@code method}): cache failures — store, key, codec —
 *       each of which the call survived as a miss;</li>
 *   <li>{@code cachedcompletion.model.calls} (tag {@code method}): a function timer over the model
 *       calls that completed (count and total time);</li>
 *   <li>{@code cachedcompletion.tokens.saved} (tags {@code method}, {@code type} = {@code input} |
 *       {@code output}): tokens the hits did not spend, as the stored answers report them;</li>
 *   <li>{@code cachedcompletion.money.saved} (tag {@code method}): what those tokens would have cost
 *       at {@code cachedcompletion.prices}, in the prices' currency (0 without prices; not a number
 *       while the prices are malformed).</li>
 * </ul>
 * A method gets its meters when it is first called. Spring Boot binds this to its registries; outside
 * Spring, {@code new CachedCompletionMeters().bindTo(registry)}. {@code resetStatistics()} sets the
 * counters back to zero, which a registry sees as a restart. Thread-safe.
 */
public final class CachedCompletionMeters implements MeterBinder, AutoCloseable {

    private final List<Runnable> bindings = new CopyOnWriteArrayList<>();

    /** Meters of the one cache of this class loader, the one the woven aspect and the proxies use. */
    public CachedCompletionMeters() {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        bindings.add(CachedCompletions.listenToCounters(stats -> register(registry, stats)));
    }

    /** Idempotent: Micrometer hands back the meter already registered under the same name and tags. */
    private static void register(MeterRegistry registry, MethodCounters stats) {
        calls(registry, stats, "hit", MethodCounters::storeHits);
        calls(registry, stats, "shared", MethodCounters::sharedAnswers);
        calls(registry, stats, "miss", MethodCounters::misses);
        calls(registry, stats, "bypassed", MethodCounters::bypassed);
        FunctionCounter.builder("cachedcompletion.errors", stats, MethodCounters::errors)
                .tag("method", stats.method())
                .description("Cache failures (store, key, codec); each call survived them as a miss")
                .register(registry);
        FunctionTimer.builder("cachedcompletion.model.calls", stats, MethodCounters::timedModelCalls,
                        MethodCounters::modelCallNanos, TimeUnit.NANOSECONDS)
                .tag("method", stats.method())
                .description("Model calls (cache misses) that completed, and their time")
                .register(registry);
        tokens(registry, stats, "input", MethodCounters::inputTokensSaved);
        tokens(registry, stats, "output", MethodCounters::outputTokensSaved);
        FunctionCounter.builder("cachedcompletion.money.saved", stats, CachedCompletionMeters::moneySaved)
                .tag("method", stats.method())
                .description("What the tokens the hits did not spend would have cost, at cachedcompletion.prices")
                .register(registry);
    }

    private static void tokens(MeterRegistry registry, MethodCounters stats, String type,
            ToDoubleFunction<MethodCounters> count) {
        FunctionCounter.builder("cachedcompletion.tokens.saved", stats, count)
                .tag("method", stats.method())
                .tag("type", type)
                .baseUnit("tokens")
                .description("Tokens the hits did not spend, as the stored answers report them")
                .register(registry);
    }

    /** A meter read must not throw: malformed prices read as not-a-number until they are fixed. */
    private static double moneySaved(MethodCounters stats) {
        try {
            return stats.moneySaved();
        } catch (RuntimeException malformedPrices) {
            return Double.NaN;
        }
    }

    private static void calls(MeterRegistry registry, MethodCounters stats, String outcome,
            ToDoubleFunction<MethodCounters> count) {
        FunctionCounter.builder("cachedcompletion.calls", stats, count)
                .tag("method", stats.method())
                .tag("outcome", outcome)
                .description("Calls of a cached method by what the cache did")
                .register(registry);
    }

    /** Stops adding meters for methods called from now on; meters already registered stay. */
    @Override
    public void close() {
        bindings.forEach(Runnable::run);
        bindings.clear();
    }
}
