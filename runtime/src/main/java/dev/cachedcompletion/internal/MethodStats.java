package dev.cachedcompletion.internal;

import dev.cachedcompletion.CompletionStatistics;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one cached method. Thread-safe and cheap on the hot path. Each counter only grows
 * until {@link #resetCounters()}, so that meters (Micrometer's function counters) can read them.
 */
public final class MethodStats {

    private final String method;
    private final LongAdder storeHits = new LongAdder();
    private final LongAdder shared = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder bypassed = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder timedMisses = new LongAdder();
    private final LongAdder missNanos = new LongAdder();

    MethodStats(String method) {
        this.method = method;
    }

    void hit() {
        storeHits.increment();
    }

    void sharedAnswer() {
        shared.increment();
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

    public String method() {
        return method;
    }

    /** Calls answered without calling the model: from the store, or by an identical call in flight. */
    public long hits() {
        return storeHits.sum() + shared.sum();
    }

    /** Calls answered from the store. */
    public long storeHits() {
        return storeHits.sum();
    }

    /** Calls answered by an identical call in flight (in this process or, through a lease, another). */
    public long sharedAnswers() {
        return shared.sum();
    }

    /** Calls that ran without consulting the cache: the store is {@code none} or the mode {@code off}. */
    public long bypassed() {
        return bypassed.sum();
    }

    /** Model calls that completed and were timed. */
    public long timedModelCalls() {
        return timedMisses.sum();
    }

    /** The total time of the {@linkplain #timedModelCalls() timed model calls}. */
    public long modelCallNanos() {
        return missNanos.sum();
    }

    public long misses() {
        return misses.sum();
    }

    public long errors() {
        return errors.sum();
    }

    /** A snapshot of the counters, as the public API shows them. */
    public CompletionStatistics snapshot() {
        return new CompletionStatistics(method, hits(), misses(), errors(), meanMissNanos() / 1e6, timeSavedNanos() / 1e6);
    }

    public void resetCounters() {
        storeHits.reset();
        shared.reset();
        misses.reset();
        bypassed.reset();
        errors.reset();
        timedMisses.reset();
        missNanos.reset();
    }
}
