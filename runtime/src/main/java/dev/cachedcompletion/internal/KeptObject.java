package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.StoredValue;

/**
 * An immutable answer kept on the heap by a store that keeps objects, with the generated site class
 * that made it. A site of another class loader (after a hot reload) sees another owner and treats
 * the entry as a miss, instead of receiving an object of a class it cannot cast to.
 */
record KeptObject(Object value, Class<?> owner) implements Lookup.Hit {

    @Override
    public StoredValue shareable() {
        return StoredValue.ofObject(this, 0); // only when a leader shares it: its weight is not read
    }
}
