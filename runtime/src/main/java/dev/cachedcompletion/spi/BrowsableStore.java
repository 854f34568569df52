package dev.cachedcompletion.spi;

import java.util.List;
import java.util.function.Consumer;

/**
 * A store whose entries tools can list, copy and remove in bulk: the command-line tool's
 * {@code stats}, {@code list}, {@code export}, {@code import} and {@code clear}. Optional: a store
 * whose entries live inside another process (the memory store) or that holds nothing ({@code none})
 * does not implement it. The woven application never calls these methods.
 *
 * <p>Reading ({@link #forEach}, {@link #count}) and {@link #remove} show and change the store as it
 * is: they do not create storage that does not exist (they throw instead), and they do not delete
 * expired entries on the way, so that a tool can report them. {@link #putAll} may create the storage,
 * as {@link #put} does.
 *
 * <p>Thread-safe, like every {@link CompletionStore}. Storage failures are thrown as unchecked
 * exceptions, as in {@link CompletionStore}.
 */
public interface BrowsableStore extends MethodClearingStore {

    /**
     * Calls {@code action} once per entry of {@code methodId} (every entry if {@code null}), ordered by
     * method identity, then key digest, including entries that have expired but were not yet
     * deleted. Entries are read one at a time while {@code action} runs, never all into memory. The
     * store may be written meanwhile (by this or another process); the entries seen are a
     * consistent snapshot where the store supports it (SQLite does).
     *
     * <p>An exception thrown by {@code action} stops the iteration and reaches the caller unchanged.
     */
    void forEach(String methodId, Consumer<? super StoredEntry> action);

    /** The number of entries of {@code methodId} (all if {@code null}), expired ones not yet deleted included. */
    long count(String methodId);

    /**
     * Stores each entry exactly as given — digest, method, created, expires and value bytes —
     * replacing an entry with the same key digest. A later entry of the list replaces an earlier one
     * with the same digest. All or nothing where the store supports it (SQLite: one transaction).
     */
    void putAll(List<StoredEntry> entries);

    /**
     * Removes the entries of {@code methodId} ({@code null}: of every method) created before
     * {@code createdBeforeMillis} (epoch milliseconds; {@code null}: whenever created).
     *
     * @return how many entries were removed
     */
    long remove(String methodId, Long createdBeforeMillis);

    /** {@link #remove remove(methodId, null)}. */
    @Override
    default long clearMethod(String methodId) {
        if (methodId == null) {
            throw new NullPointerException("methodId");
        }
        return remove(methodId, null);
    }
}
