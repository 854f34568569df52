package dev.cachedcompletion.spring;

import dev.cachedcompletion.internal.CompletionEngine;
import dev.cachedcompletion.internal.MethodStats;
import dev.cachedcompletion.internal.config.PriceSelection;
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

    private final CompletionEngine engine;
    private final List<Runnable> bindings = new CopyOnWriteArrayList<>();

    /** Meters of the one cache of this class loader, the one the woven aspect and the proxies use. */
    public CachedCompletionMeters() {
        this(CompletionEngine.global());
    }

    CachedCompletionMeters(CompletionEngine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        bindings.add(engine.listenToStatistics(stats -> register(registry, stats)));
    }

    /** Idempotent: Micrometer hands back the meter already registered under the same name and tags. */
    private static void register(MeterRegistry registry, MethodStats stats) {
        calls(registry, stats, "hit", MethodStats::storeHits);
        calls(registry, stats, "shared", MethodStats::sharedAnswers);
        calls(registry, stats, "miss", MethodStats::misses);
        calls(registry, stats, "bypassed", MethodStats::bypassed);
        FunctionCounter.builder("cachedcompletion.errors", stats, MethodStats::errors)
                .tag("method", stats.method())
                .description("Cache failures (store, key, codec); each call survived them as a miss")
                .register(registry);
        FunctionTimer.builder("cachedcompletion.model.calls", stats, MethodStats::timedModelCalls,
                        MethodStats::modelCallNanos, TimeUnit.NANOSECONDS)
                .tag("method", stats.method())
                .description("Model calls (cache misses) that completed, and their time")
                .register(registry);
        tokens(registry, stats, "input", MethodStats::inputTokensSaved);
        tokens(registry, stats, "output", MethodStats::outputTokensSaved);
        FunctionCounter.builder("cachedcompletion.money.saved", stats, CachedCompletionMeters::moneySaved)
                .tag("method", stats.method())
                .description("What the tokens the hits did not spend would have cost, at cachedcompletion.prices")
                .register(registry);
    }

    private static void tokens(MeterRegistry registry, MethodStats stats, String type,
            ToDoubleFunction<MethodStats> count) {
        FunctionCounter.builder("cachedcompletion.tokens.saved", stats, count)
                .tag("method", stats.method())
                .tag("type", type)
                .baseUnit("tokens")
                .description("Tokens the hits did not spend, as the stored answers report them")
                .register(registry);
    }

    /** A meter read must not throw: malformed prices read as not-a-number until they are fixed. */
    private static double moneySaved(MethodStats stats) {
        try {
            return stats.moneySaved(PriceSelection.global().current());
        } catch (RuntimeException malformedPrices) {
            return Double.NaN;
        }
    }

    private static void calls(MeterRegistry registry, MethodStats stats, String outcome,
            ToDoubleFunction<MethodStats> count) {
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
