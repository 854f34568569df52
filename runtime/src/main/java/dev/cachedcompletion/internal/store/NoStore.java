package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import java.time.Duration;

/** {@code none}: caching off. The interceptor recognizes it and runs every call. */
public final class NoStore implements CompletionStore {

    @Override
    public StoredValue get(CacheKey key) {
        return null;
    }

    @Override
    public void put(CacheKey key, StoredValue value, Duration ttl) {
    }

    @Override
    public void clear() {
    }

    @Override
    public String describe() {
        return "none";
    }

    @Override
    public void close() {
    }
}
