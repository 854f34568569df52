package dev.cachedcompletion.internal;

import java.util.concurrent.atomic.LongAdder;

/** Counters of one cached method. Thread-safe and cheap on the hot path. */
public final class MethodStats {

    private final String method;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder errors = new LongAdder();

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

    public void resetCounters() {
        hits.reset();
        misses.reset();
        errors.reset();
    }
}
