package dev.cachedcompletion.spi;

/**
 * The right to compute one key's value, shared by the processes that use one store: while one
 * process holds the lease and calls the model, the others wait for its value instead of calling the
 * model too. Returned by {@link CompletionStore#acquireLease}.
 *
 * <p>A lease is bounded in time by the store: if its holder dies, it expires and the waiters go on
 * without it. A lease is used by the one thread that acquired it; it is not thread-safe.
 */
public interface Lease extends AutoCloseable {

    /**
     * The lease of a store that does not coordinate processes: always granted, nothing to release.
     * Each process computes its own misses (the interceptor still runs one call per key per JVM).
     */
    Lease UNCOORDINATED = new Lease() {
        @Override
        public boolean granted() {
            return true;
        }

        @Override
        public StoredValue awaitValue() {
            return null;
        }

        @Override
        public void close() {
        }
    };

    /**
     * {@code true}: this caller computes the value, stores it, then {@linkplain #close() closes} the
     * lease. {@code false}: another process holds the lease; call {@link #awaitValue()}.
     */
    boolean granted();

    /**
     * For a lease that was not granted: waits until the holder's value is stored, and returns it. Returns
     * {@code null} — and the caller computes the value itself — when the lease ends without a value (the
     * holder failed, returned {@code null} or died and the lease expired), when the store fails, or when
     * the thread is interrupted (its interrupt flag is kept). The wait is bounded by the lease's time to
     * live (by twice it for a store that hands leases over, below: the holder's lease, then its
     * successor's). Never throws for a store failure. Returns {@code null} at once for a granted lease.
     *
     * <p>When the holder died, a store may hand its expired lease over to this caller instead, so that
     * the other waiters go on waiting for one computation: {@code null} is returned, {@link #granted()}
     * becomes {@code true}, and {@link #close()} releases the lease. So close a lease after computing
     * the value, whatever this method returned.
     */
    StoredValue awaitValue();

    /**
     * Releases a granted lease, if this caller still holds it (it may have expired and been taken by
     * another process, whose lease is left alone). Does nothing for a lease that was not granted. Call it
     * after {@link CompletionStore#put}, so that waiters find the value when the lease ends. May throw
     * when the store fails; the lease then expires on its own.
     */
    @Override
    void close();
}
