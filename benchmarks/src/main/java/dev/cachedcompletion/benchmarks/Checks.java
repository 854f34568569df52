package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.CachedStreams;

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

    /**
     * Every measured call was a miss (the body ran once per call), and the last one's stream, read to
     * its end, was stored: reading it again does not run the body.
     */
    static void allMissesStored(CachedStreams streams, String what) {
        allMisses(streams, what);
        long before = streams.bodyRuns();
        streams.readLastAgain();
        if (streams.bodyRuns() != before) {
            throw new IllegalStateException(what + ": the last streamed answer was not stored (its body ran again)");
        }
    }

    /**
     * Every measured call was a miss, and the last one, cancelled after its first element, was not
     * stored: reading it again runs the body.
     */
    static void allMissesAbandoned(CachedStreams streams, String what) {
        allMisses(streams, what);
        long before = streams.bodyRuns();
        streams.readLastAgain();
        if (streams.bodyRuns() != before + 1) {
            throw new IllegalStateException(what + ": a stream cancelled after its first element was stored");
        }
    }

    private static void allMisses(CachedStreams streams, String what) {
        if (streams.calls() == 0 || streams.bodyRuns() != streams.calls()) {
            throw new IllegalStateException(what + ": the method body ran " + streams.bodyRuns() + " times in "
                    + streams.calls() + " calls; expected once per call (every call a miss)");
        }
    }
}
