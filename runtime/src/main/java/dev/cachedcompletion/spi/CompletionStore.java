package dev.cachedcompletion.spi;

import java.time.Duration;

/**
 * Where cached completions live. Small on purpose: look up, store, remove, close.
 *
 * <p>Implementations must be safe for concurrent use by any number of threads. Any method may throw
 * an unchecked exception when the storage fails (disk full, file locked, server down); the caller
 * counts it, logs it once and treats it as a miss, so an exception here never reaches application
 * code. Implementations should fail fast rather than block for long: a bounded wait is documented per
 * store.
 */
public interface CompletionStore extends AutoCloseable {

    /** The stored value for {@code key}, or {@code null} if there is none or it has expired. */
    StoredValue get(CacheKey key);

    /**
     * Stores {@code value} under {@code key}, replacing any previous value.
     *
     * @param ttl how long the entry may be returned; {@code null} means the store's default
     */
    void put(CacheKey key, StoredValue value, Duration ttl);

    /** Removes every entry of the method with this {@linkplain CacheKey#methodId() identity}. */
    void removeMethod(String methodId);

    /** Removes every entry this store holds for cached-completion, and nothing else. */
    void clear();

    /**
     * Single-flight across processes (optional): called after a miss, before the model is called, by
     * the one thread of this JVM that will compute {@code key}. A store shared by several processes may
     * grant the lease to one of them and make the others {@linkplain Lease#awaitValue() wait} for its
     * value; the lease's time to live, and so the longest wait, is the store's to choose.
     *
     * <p>The default returns {@link Lease#UNCOORDINATED}: every process computes its own misses. A store
     * that cannot coordinate right now (its server is down) should return that too rather than throw;
     * if it throws, the caller computes the value without a lease.
     */
    default Lease acquireLease(CacheKey key) {
        return Lease.UNCOORDINATED;
    }

    /**
     * Whether {@link #put} may be given a {@link StoredValue#ofObject kept object}. Only stores in the
     * same heap as the caller answer {@code true}.
     */
    default boolean keepsObjects() {
        return false;
    }

    /** A short description for logs and errors, such as {@code sqlite:/srv/app/.completions.db}. */
    String describe();

    /** Releases connections and files. Further calls may fail. */
    @Override
    void close();
}
