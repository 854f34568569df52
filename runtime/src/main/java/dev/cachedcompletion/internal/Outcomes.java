package dev.cachedcompletion.internal;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.spi.CacheKey;
import java.lang.System.Logger.Level;

/**
 * The one place that records what the cache did for a call: the method's counters, the calling
 * thread's last outcome, and a debug line. Never throws: a logging backend that fails is not the
 * caller's problem.
 */
final class Outcomes {

    private static final System.Logger LOG = System.getLogger("dev.cachedcompletion");

    private Outcomes() {
    }

    /**
     * The call was answered from the store ({@link CacheOutcome#HIT}) or by a shared call
     * ({@link CacheOutcome#SHARED}) with {@code answer}, whose tokens it did not spend.
     */
    static void answered(ResolvedSite site, CacheOutcome outcome, CacheKey key, Object answer) {
        if (outcome == CacheOutcome.SHARED) {
            site.stats.sharedAnswer();
        } else {
            site.stats.hit();
        }
        saved(site, answer);
        record(site, outcome, key);
    }

    /** The model is called for this caller. */
    static void missed(ResolvedSite site, CacheKey key) {
        site.stats.miss();
        record(site, CacheOutcome.MISS, key);
    }

    /** The cache was not consulted, and the method could not be resolved (no counters to count in). */
    static void bypassed() {
        LastOutcome.set(CacheOutcome.BYPASSED);
    }

    /** The cache was not consulted: the store is off or the mode is {@code off}. */
    static void bypassed(ResolvedSite site) {
        site.stats.bypass();
        LastOutcome.set(CacheOutcome.BYPASSED);
    }

    /** Sets the last outcome and writes the debug line, without counting (a shared {@code null} or failure). */
    static void record(ResolvedSite site, CacheOutcome outcome, CacheKey key) {
        LastOutcome.set(outcome);
        debug(site, outcome, key);
    }

    /** Counts and logs an outcome decided on another thread than the caller's (an asynchronous follower). */
    static void missedLater(ResolvedSite site, CacheKey key) {
        site.stats.miss();
        debug(site, CacheOutcome.MISS, key);
    }

    /** A follower's call answered by the one in flight; {@code answer} is {@code null} while it streams. */
    static void answeredLater(ResolvedSite site, CacheKey key, Object answer) {
        site.stats.sharedAnswer();
        saved(site, answer);
        debug(site, CacheOutcome.SHARED, key);
    }

    /** Counts the tokens {@code answer} reports; a codec's {@code usage} never throws. */
    private static void saved(ResolvedSite site, Object answer) {
        if (answer != null && site.hasCodec()) {
            site.stats.saved(site.codec.usage(answer));
        }
    }

    private static void debug(ResolvedSite site, CacheOutcome outcome, CacheKey key) {
        if (LOG.isLoggable(Level.DEBUG)) {
            writeDebug(site, outcome, key);
        }
    }

    private static void writeDebug(ResolvedSite site, CacheOutcome outcome, CacheKey key) {
        try {
            LOG.log(Level.DEBUG, "cached-completion: " + outcome + " " + site.method.identity()
                    + (key == null ? "" : " key " + key.shortDigest()));
        } catch (Throwable ignored) {
            // A broken logging backend must not fail a call.
        }
    }
}
