package dev.cachedcompletion.internal;

import dev.cachedcompletion.internal.store.NoStore;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.ObjectKeepingStore;

/**
 * The store in use and what it can do, worked out once per store rather than per call: whether it
 * is off ({@code none}), keeps objects, or coordinates processes with leases.
 */
final class StoreView {

    final CompletionStore store;
    final boolean off;
    final boolean keepsObjects;
    /** {@code null} when the store does not coordinate processes. */
    final LeasingStore leases;
    private final String description;

    private StoreView(CompletionStore store) {
        this.store = store;
        this.off = store instanceof NoStore;
        this.keepsObjects = store instanceof ObjectKeepingStore;
        this.leases = store instanceof LeasingStore ? (LeasingStore) store : null;
        this.description = describe(store);
    }

    static StoreView of(CompletionStore store) {
        return new StoreView(store);
    }

    private static String describe(CompletionStore store) {
        try {
            return store.describe();
        } catch (Throwable e) {
            return store.getClass().getName();
        }
    }

    String describe() {
        return description;
    }

    /** The description, for log lines. */
    @Override
    public String toString() {
        return description;
    }
}
