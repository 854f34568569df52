package dev.cachedcompletion.internal;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.spi.CacheKey;

/**
 * What callers must have in common to share one call: the key, and the mode. Callers of different
 * modes could not always have served each other — a {@code refresh} caller wants a fresh answer,
 * not the stored value a {@code read-write} leader may find; a {@code read-write} caller would never
 * see its answer stored by a {@code read-only} leader — so they never share.
 */
record FlightKey(CacheKey key, CacheMode mode) {
}
