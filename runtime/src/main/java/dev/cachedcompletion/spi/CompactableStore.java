package dev.cachedcompletion.spi;

/**
 * A store kept in a file whose size tools can report and reclaim: the command-line tool's
 * {@code stats} (free pages) and {@code compact}. Optional, like {@link BrowsableStore}; the woven
 * application never calls these methods. Thread-safe; storage failures are thrown as unchecked
 * exceptions, as in {@link CompletionStore}.
 */
public interface CompactableStore extends BrowsableStore {

    /**
     * The file's size and free room as they are now. Like {@link #count}, never creates storage that
     * does not exist (throws instead).
     */
    StoreSpace space();

    /**
     * Removes expired entries, rewrites the file without its free pages and empties its journal, while
     * other processes may go on using it (their writes wait, at most their busy timeout, and then run
     * as misses). Takes as long as rewriting the file does. Never creates storage that does not exist.
     *
     * @return the room the store takes afterwards
     */
    StoreSpace compact();
}
