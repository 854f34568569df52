package dev.cachedcompletion.internal;

import dev.cachedcompletion.CompletionStatistics;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one cached method. Thread-safe and cheap on the hot path. */
public final class MethodStats {

    private final String method;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder timedMisses = new LongAdder();
    private final LongAdder missNanos = new LongAdder();

    MethodStats(String method) {
        this.method = method;
    }

    void hit() {
        hits.increment();
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
        return meanMissNanos() * hits.sum();
    }

    public String method() {
        return method;
    }

    public long hits() {
        return hits.sum();
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
        hits.reset();
        misses.reset();
        errors.reset();
        timedMisses.reset();
        missNanos.reset();
    }
}
