package dev.cachedcompletion.internal.redis;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps calls away from a Redis that is down. Closed, every operation goes to Redis. After an outage
 * (a failed connection, a timeout: see {@link RedisFailures#isOutage}) it opens: operations throw at
 * once without touching the network, so a cached call costs about what an uncached one does. While
 * open, at most once per {@code retryInterval} a background thread probes Redis; when the probe
 * succeeds the circuit closes and caching resumes. No caller ever waits for a probe.
 *
 * <p>Thread-safe. A closed circuit costs one volatile read per operation.
 */
final class CircuitBreaker {

    /** The check that tells whether Redis answers again; throws if it does not. */
    interface Probe {
        void run();
    }

    private final String store;
    private final long retryNanos;
    private final Probe probe;
    private final AtomicBoolean probing = new AtomicBoolean();

    private volatile boolean open;
    private volatile long nextProbeNanos;
    private volatile Throwable lastFailure;

    CircuitBreaker(String store, long retryNanos, Probe probe) {
        this.store = store;
        this.retryNanos = retryNanos;
        this.probe = probe;
    }

    /** Throws {@link RedisStoreException} at once while the circuit is open, starting a probe when one is due. */
    void check() {
        if (!open) {
            return;
        }
        if (System.nanoTime() - nextProbeNanos >= 0 && probing.compareAndSet(false, true)) {
            startProbe();
        }
        throw RedisStoreException.unavailable(store, lastFailure);
    }

    /** Whether operations are being skipped right now. */
    boolean isOpen() {
        return open;
    }

    /** Opens the circuit after an outage; the first probe comes {@code retryInterval} later. */
    void trip(Throwable cause) {
        lastFailure = cause;
        nextProbeNanos = System.nanoTime() + retryNanos;
        open = true;
    }

    private void startProbe() {
        Thread thread = new Thread(this::probeOnce, "cached-completion-redis-probe");
        thread.setDaemon(true);
        try {
            thread.start();
        } catch (RuntimeException | OutOfMemoryError e) {
            // No thread to spare right now: try again at the next interval.
            nextProbeNanos = System.nanoTime() + retryNanos;
            probing.set(false);
        }
    }

    private void probeOnce() {
        try {
            probe.run();
            open = false;
        } catch (RuntimeException e) {
            lastFailure = e;
            nextProbeNanos = System.nanoTime() + retryNanos;
        } finally {
            probing.set(false);
        }
    }
}
