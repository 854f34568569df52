package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.benchmarks.support.CachedService;

/** Sanity checks run at tear-down, so that a benchmark that measured misses fails instead of lying. */
final class Checks {

    private Checks() {
    }

    /** The body ran exactly once (the priming miss): every measured call was a hit. */
    static void allHits(CachedService service, String what) {
        allHits(service.bodyRuns(), what);
    }

    /** As above, for a body that counts its own runs. */
    static void allHits(long bodyRuns, String what) {
        if (bodyRuns != 1) {
            throw new IllegalStateException(what + ": the method body ran " + bodyRuns
                    + " times; expected once (the priming call), so some measured calls were misses");
        }
    }
}
