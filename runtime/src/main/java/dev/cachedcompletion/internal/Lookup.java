package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.StoredValue;

/** What one guarded look-up found: a usable value, nothing, or a store that failed. */
sealed interface Lookup {

    /** A stored value, opened for this caller: the kept object, or a fresh decode of the bytes. */
    record Hit(Object value, StoredValue stored) implements Lookup {
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
