package dev.cachedcompletion.internal.redis;

import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.StoredValue;
import java.time.Duration;

/**
 * A lease in Redis: the key {@code <entry>:lease} set with {@code SET NX PX} to a random token by
 * the process that computes the entry. Others poll for the entry until it appears or the lease ends
 * (released, or expired because its holder died). Released with a compare-and-delete script, so that a
 * holder whose lease expired never deletes another process's lease. Used by one thread.
 */
final class RedisLease implements Lease {

    private static final long FIRST_POLL_MILLIS = 5;
    private static final long MAX_POLL_MILLIS = 50;

    private final RedisStore store;
    private final String entryKey;
    private final String leaseKey;
    private final String token;
    private final long deadlineNanos;

    private RedisLease(RedisStore store, String entryKey, String leaseKey, String token, Duration maxWait) {
        this.store = store;
        this.entryKey = entryKey;
        this.leaseKey = leaseKey;
        this.token = token;
        this.deadlineNanos = System.nanoTime() + maxWait.toNanos();
    }

    /** A lease this process holds under {@code token}. */
    static RedisLease granted(RedisStore store, String entryKey, String leaseKey, String token) {
        return new RedisLease(store, entryKey, leaseKey, token, Duration.ZERO);
    }

    /** Another process holds the lease; waiting for its entry is bounded by {@code maxWait}. */
    static RedisLease heldElsewhere(RedisStore store, String entryKey, String leaseKey, Duration maxWait) {
        return new RedisLease(store, entryKey, leaseKey, null, maxWait);
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
        try {
            long pause = FIRST_POLL_MILLIS;
            while (true) {
                byte[] value = store.fetch(entryKey);
                if (value != null) {
                    return StoredValue.ofBytes(value);
                }
                if (!store.exists(leaseKey)) {
                    // The holder may have stored the entry and released the lease between the two reads.
                    value = store.fetch(entryKey);
                    return value == null ? null : StoredValue.ofBytes(value);
                }
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
                pause = Math.min(MAX_POLL_MILLIS, pause * 2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (RedisStoreException e) {
            return null; // Redis failed meanwhile: compute the value here rather than wait any longer.
        }
    }

    @Override
    public void close() {
        if (granted()) {
            store.release(leaseKey, token);
        }
    }
}
