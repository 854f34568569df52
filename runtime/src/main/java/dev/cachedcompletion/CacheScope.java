package dev.cachedcompletion;

/**
 * A mode in force for the current thread until closed; see {@link CachedCompletions#withMode}.
 * Scopes nest: closing one restores the mode that was in force when it was opened. Must be closed
 * on the thread that opened it, in reverse order of opening (use try-with-resources). Not
 * inherited by other threads or executors.
 */
public interface CacheScope extends AutoCloseable {

    /** The mode this scope set. */
    CacheMode mode();

    /** Restores the previous mode of this thread. */
    @Override
    void close();
}
