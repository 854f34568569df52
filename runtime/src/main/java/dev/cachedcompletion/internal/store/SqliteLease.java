package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.LeaseWait;
import dev.cachedcompletion.spi.StoredValue;

/**
 * One caller's lease on a key of a SQLite file ({@link SqliteLeases}). Granted: the caller computes
 * the value, stores it, and {@link #close() releases} the lease. Held by another process: the
 * caller {@linkplain #awaitValue() waits} for the holder's value, reading the entry and the lease row
 * with growing pauses ({@link LeaseWait}), and holds no lock of the file while it waits.
 *
 * <p>A lease whose holder died (or overran it) expires; one of the waiting processes then takes it
 * over and computes the value — this lease becomes granted and is released on {@code close} — while
 * the others wait for that process in turn. So a waiter waits at most twice the lease's time to live:
 * for the holder it found and, if that one died, for its successor; then it computes the value itself.
 *
 * <p>Used by the thread that acquired it, then closed on the thread that stores the value (handed
 * over by the engine's executor, which orders the two).
 */
final class SqliteLease implements Lease {

    private final SqliteLeases leases;
    private final CacheKey key;
    private final byte[] digest;
    /** Set once this caller holds the lease: from acquisition, or from taking over an expired one. */
    private volatile String token;
    private volatile boolean released;

    private SqliteLease(SqliteLeases leases, CacheKey key) {
        this.leases = leases;
        this.key = key;
        this.digest = key.digest();
    }

    /** @throws SqliteStoreException if the file cannot be used for leases now */
    static SqliteLease acquire(SqliteLeases leases, CacheKey key) {
        SqliteLease lease = new SqliteLease(leases, key);
        lease.take();
        return lease;
    }

    @Override
    public boolean granted() {
        return token != null;
    }

    @Override
    public StoredValue awaitValue() {
        if (granted()) {
            return null;
        }
        LeaseWait wait = new LeaseWait(leases.ttl().multipliedBy(2));
        try {
            do {
                StoredValue value = leases.entry(key);
                if (value != null) {
                    return value;
                }
                Long expiresAt = leases.expiry(digest);
                if (expiresAt == null) {
                    // Released: the holder stored its value just before (read it now), or it ended without one.
                    return leases.entry(key);
                }
                if (expiresAt <= System.currentTimeMillis() && take()) {
                    return null; // its holder died or overran the lease: this caller computes the value now
                }
            } while (wait.pause());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (RuntimeException storeFailed) {
            return null; // the file failed meanwhile: compute the value here rather than wait any longer
        }
    }

    /**
     * Releases the lease if this caller holds it (once); does nothing otherwise.
     *
     * @throws SqliteStoreException if the file fails; the lease then expires on its own
     */
    @Override
    public void close() {
        String mine = token;
        if (mine != null && !released) {
            released = true;
            leases.release(digest, mine);
        }
    }

    /**
     * Takes the lease if it is free or expired. Gives it back at once if the value was stored
     * meanwhile (between the caller's look-up and now): the caller then reads it as a waiter.
     */
    private boolean take() {
        String mine = leases.take(digest);
        if (mine == null) {
            return false;
        }
        if (storedMeanwhile()) {
            leases.release(digest, mine);
            return false;
        }
        token = mine;
        return true;
    }

    private boolean storedMeanwhile() {
        try {
            return leases.entry(key) != null;
        } catch (RuntimeException readFailed) {
            return false; // the value will be computed here, under the lease just taken
        }
    }
}
