package dev.cachedcompletion.internal;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.spi.CacheKey;
import java.time.Duration;

/** One call's facts, gathered once and passed along instead of six parameters. */
final class Call {

    final ResolvedSite site;
    final StoreView store;
    final CacheKey key;
    final CacheMode mode;
    /** How long a follower waits for the leader before it runs its own call. */
    final Duration joinBound;
    final Invocation body;
    final FlightKey flightKey;
    boolean storeWorks = true;

    Call(ResolvedSite site, StoreView store, CacheKey key, CacheMode mode, Duration joinBound, Invocation body) {
        this.site = site;
        this.store = store;
        this.key = key;
        this.mode = mode;
        this.joinBound = joinBound;
        this.body = body;
        this.flightKey = new FlightKey(key, mode);
    }

    /** Whether this call may answer from the store (not a refresh, and the store works). */
    boolean reads() {
        return mode != CacheMode.REFRESH && storeWorks;
    }

    /** Whether this call's answer is written to the store. */
    boolean writes() {
        return mode != CacheMode.READ_ONLY && storeWorks;
    }
}

