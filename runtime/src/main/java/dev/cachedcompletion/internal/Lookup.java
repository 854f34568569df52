package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.StoredValue;

/** What one guarded look-up found: a usable value, nothing, or a store that failed. */
sealed interface Lookup {

    /** A stored value, opened for this caller. */
    sealed interface Hit extends Lookup permits KeptObject, Decoded {

        /** What the caller receives. */
        Object value();

        /** The entry as followers of a call in flight may open it again. */
        StoredValue shareable();
    }

    /**
     * A fresh decode of stored bytes. (A kept object is its own hit, so that a hit in the memory
     * store allocates nothing beyond what the key does.)
     */
    record Decoded(Object value, StoredValue shareable) implements Hit {
    }

    /** Nothing usable: no entry, an expired one, or one this caller cannot read (another format or class loader). */
    record Miss() implements Lookup {
    }

    /** The store failed; the rest of the call leaves it alone. */
    record StoreUnusable() implements Lookup {
    }

    Lookup MISS = new Miss();
    Lookup STORE_UNUSABLE = new StoreUnusable();
}
