package dev.cachedcompletion.spi;

import java.time.Duration;

/**
 * Where cached completions live. Small on purpose: look up, store, clear, describe, close — the three
 * verbs of LangChain's cache plus the two a JVM resource needs. What only some stores can do is a
 * separate interface a store opts into: {@link LeasingStore} (one model call per key across
 * processes), {@link ObjectKeepingStore} (values kept as objects in the caller's heap) and
 * {@link BrowsableStore} (listing and copying entries for tools).
 *
 * <p>Implementations must be safe for concurrent use by any number of threads. Any method may throw
 * an unchecked exception (or a {@link LinkageError}) when the storage fails (disk full, file locked,
 * server down); the caller counts it, logs it once per streak and treats it as a miss, so an
 * exception here never reaches application code. Implementations should fail fast rather than block
 * for long: a bounded wait is documented per store.
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

    /** Removes every entry this store holds for cached-completion, and nothing else. */
    void clear();

    /**
     * A short description for logs and errors, such as {@code sqlite:/srv/app/.completions.db}. Never
     * contains a password.
     */
    String describe();

    /** Releases connections and files. Further calls may fail. */
    @Override
    void close();
}
