package dev.cachedcompletion.internal.redis;

import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.LeaseWait;
import dev.cachedcompletion.spi.StoredValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A lease in Redis, held in the entry's own key: the process that computes an entry first writes a
 * <em>mark</em> there — {@link #MARK} and a random token — with {@code SET NX PX <lease>}, which
 * succeeds only while the key holds nothing (neither a value nor another process's mark). Storing the
 * value overwrites the mark, so the value and the end of the lease reach Redis in one command; a
 * holder that ends without a value deletes the mark with a compare-and-delete script, so that a holder
 * whose lease expired never deletes another process's mark (or a value). Others poll the key until it
 * holds a value, or nothing (the lease ended without one, or expired because its holder died).
 *
 * <p>A mark is never read as a value: every value the runtime encodes starts with its codec header
 * ({@code "CV"}), and a mark starts with a lower-case {@code 'c'}. Used by one thread, except that
 * {@link #replacedByValue()} may come from the thread that stores the value.
 */
final class RedisLease implements Lease {

    /** The start of every mark; the token follows. */
    static final String MARK = "cachedcompletion-lease:";

    private static final byte[] MARK_BYTES = MARK.getBytes(StandardCharsets.US_ASCII);

    private final RedisStore store;
    private final String entryKey;
    /** This process's mark, or {@code null} if another process holds the lease. */
    private final String mark;
    /** The pauses of a waiter, bounded by its longest wait; {@code null} for a lease this process holds. */
    private final LeaseWait wait;
    /** The value was stored over the mark: nothing is left to release. */
    private volatile boolean replaced;

    private RedisLease(RedisStore store, String entryKey, String mark, Duration maxWait) {
        this.store = store;
        this.entryKey = entryKey;
        this.mark = mark;
        this.wait = mark == null ? new LeaseWait(maxWait) : null;
    }

    /** A new mark with a random token, to be written with {@code SET NX PX}. */
    static String newMark() {
        return MARK + UUID.randomUUID();
    }

    /** A lease this process holds: {@code mark} is in the entry's key. */
    static RedisLease granted(RedisStore store, String entryKey, String mark) {
        return new RedisLease(store, entryKey, mark, Duration.ZERO);
    }

    /** The entry's key holds a value or another process's mark; waiting is bounded by {@code maxWait}. */
    static RedisLease heldElsewhere(RedisStore store, String entryKey, Duration maxWait) {
        return new RedisLease(store, entryKey, null, maxWait);
    }

    /** Whether {@code stored}, the bytes of an entry's key, is a lease mark rather than a value. */
    static boolean isMark(byte[] stored) {
        if (stored.length < MARK_BYTES.length || stored[0] != MARK_BYTES[0]) {
            return false; // every value: its first byte is the codec header's 'C'
        }
        for (int i = 1; i < MARK_BYTES.length; i++) {
            if (stored[i] != MARK_BYTES[i]) {
                return false;
            }
        }
        return true;
    }

    String entryKey() {
        return entryKey;
    }

    /** Called by the store once a value was written over the entry's key, and so over this mark. */
    void replacedByValue() {
        replaced = true;
    }

    @Override
    public boolean granted() {
        return mark != null;
    }

    @Override
    public StoredValue awaitValue() {
        if (granted()) {
            return null;
        }
        try {
            while (true) {
                // One read tells all three states apart: a value, a lease still held, or nothing.
                byte[] stored = store.fetch(entryKey);
                if (stored == null) {
                    return null; // released without a value, or expired: compute it here
                }
                if (!isMark(stored)) {
                    return StoredValue.ofBytes(stored);
                }
                if (!wait.pause()) {
                    return null;
                }
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
        if (!granted()) {
            return;
        }
        store.forget(this);
        if (!replaced) {
            store.release(entryKey, mark);
        }
    }
}
