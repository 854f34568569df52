package dev.cachedcompletion.internal;

import dev.cachedcompletion.CompletionStatistics;
import dev.cachedcompletion.MethodCounters;
import dev.cachedcompletion.TokenPrices;
import dev.cachedcompletion.internal.config.PriceSelection;
import dev.cachedcompletion.spi.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one cached method. Thread-safe and cheap on the hot path. Each counter only grows
 * until {@link #resetCounters()}, so that meters (Micrometer's function counters) can read them.
 */
public final class MethodStats implements MethodCounters {

    private final String method;
    private final LongAdder storeHits = new LongAdder();
    private final LongAdder shared = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder bypassed = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder timedMisses = new LongAdder();
    private final LongAdder missNanos = new LongAdder();
    /** Tokens that answered calls did not spend, by the model that spent them once ("" if unnamed). */
    private final ConcurrentHashMap<String, SavedTokens> savedByModel = new ConcurrentHashMap<>(4);

    private static final class SavedTokens {
        final LongAdder input = new LongAdder();
        final LongAdder output = new LongAdder();
    }

    MethodStats(String method) {
        this.method = method;
    }

    void hit() {
        storeHits.increment();
    }

    void sharedAnswer() {
        shared.increment();
    }

    /** A call answered without the model would have cost {@code usage}; {@code null} if unknown. */
    void saved(TokenUsage usage) {
        if (usage == null) {
            return;
        }
        SavedTokens tokens = savedByModel.computeIfAbsent(usage.model() == null ? "" : usage.model(),
                model -> new SavedTokens());
        tokens.input.add(usage.inputTokens());
        tokens.output.add(usage.outputTokens());
    }

    void bypass() {
        bypassed.increment();
    }

    void miss() {
        misses.increment();
    }

    void error() {
        errors.increment();
    }

    /** A body that ran to completion in {@code nanos}: the basis of the time-saved estimate. */
    void bodyTook(long nanos) {
        timedMisses.increment();
        missNanos.add(nanos);
    }

    /** The mean time of a completed body (a model call), or 0 before the first one. */
    public long meanMissNanos() {
        long count = timedMisses.sum();
        return count == 0 ? 0 : missNanos.sum() / count;
    }

    /** An estimate of the time the cache saved: mean model-call time × hits. */
    public long timeSavedNanos() {
        return meanMissNanos() * hits();
    }

    @Override
    public String method() {
        return method;
    }

    /** Calls answered without calling the model: from the store, or by an identical call in flight. */
    public long hits() {
        return storeHits.sum() + shared.sum();
    }

    /** Calls answered from the store. */
    @Override
    public long storeHits() {
        return storeHits.sum();
    }

    /** Calls answered by an identical call in flight (in this process or, through a lease, another). */
    @Override
    public long sharedAnswers() {
        return shared.sum();
    }

    /** Calls that ran without consulting the cache: the store is {@code none} or the mode {@code off}. */
    @Override
    public long bypassed() {
        return bypassed.sum();
    }

    /** Model calls that completed and were timed. */
    @Override
    public long timedModelCalls() {
        return timedMisses.sum();
    }

    /** The total time of the {@linkplain #timedModelCalls() timed model calls}. */
    @Override
    public long modelCallNanos() {
        return missNanos.sum();
    }

    @Override
    public long misses() {
        return misses.sum();
    }

    @Override
    public long errors() {
        return errors.sum();
    }

    /** Input (prompt) tokens that answered calls did not spend, as the stored answers report them. */
    @Override
    public long inputTokensSaved() {
        long sum = 0;
        for (SavedTokens tokens : savedByModel.values()) {
            sum += tokens.input.sum();
        }
        return sum;
    }

    /** Output (completion) tokens that answered calls did not spend. */
    @Override
    public long outputTokensSaved() {
        long sum = 0;
        for (SavedTokens tokens : savedByModel.values()) {
            sum += tokens.output.sum();
        }
        return sum;
    }

    /** The tokens saved per model name the answers reported ({@code null} model: not named). */
    @Override
    public List<TokenUsage> tokensSavedByModel() {
        List<TokenUsage> result = new ArrayList<>(savedByModel.size());
        savedByModel.forEach((model, tokens) -> result.add(
                new TokenUsage(model.isEmpty() ? null : model, tokens.input.sum(), tokens.output.sum())));
        return result;
    }

    /** What the saved tokens would have cost at {@code prices}; models without a price count nothing. */
    public double moneySaved(TokenPrices prices) {
        double sum = 0;
        for (var entry : savedByModel.entrySet()) {
            sum += prices.cost(entry.getKey().isEmpty() ? null : entry.getKey(), entry.getValue().input.sum(),
                    entry.getValue().output.sum());
        }
        return sum;
    }

    /** What the saved tokens would have cost at the configured prices. */
    @Override
    public double moneySaved() {
        return moneySaved(PriceSelection.global().current());
    }

    /**
     * A snapshot of the counters, as the public API shows them, with money at the configured prices.
     *
     * @throws dev.cachedcompletion.CacheConfigurationException if {@code cachedcompletion.prices} is malformed
     */
    @Override
    public CompletionStatistics snapshot() {
        return new CompletionStatistics(method, hits(), misses(), errors(), meanMissNanos() / 1e6, timeSavedNanos() / 1e6,
                inputTokensSaved(), outputTokensSaved(), moneySaved());
    }

    public void resetCounters() {
        storeHits.reset();
        shared.reset();
        misses.reset();
        bypassed.reset();
        errors.reset();
        timedMisses.reset();
        missNanos.reset();
        savedByModel.clear();
    }
}
