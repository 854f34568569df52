package dev.cachedcompletion.reliability.core;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A real store with one addition: it remembers which threads have looked a key up, so that a test
 * can hold a method body until every caller has missed. Everything else is delegated unchanged.
 */
final class LookupRecordingStore implements CompletionStore {

    private final CompletionStore real;
    private final Set<Thread> lookedUp = ConcurrentHashMap.newKeySet();

    LookupRecordingStore(CompletionStore real) {
        this.real = real;
    }

    /** Waits until {@code threads} distinct threads have called {@link #get}; false on timeout. */
    boolean awaitLookupsBy(int threads, long timeout, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (lookedUp.size() < threads) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    int threadsThatLookedUp() {
        return lookedUp.size();
    }

    @Override
    public StoredValue get(CacheKey key) {
        lookedUp.add(Thread.currentThread());
        return real.get(key);
    }

    @Override
    public void put(CacheKey key, StoredValue value, Duration ttl) {
        real.put(key, value, ttl);
    }

    @Override
    public void clear() {
        real.clear();
    }

    @Override
    public String describe() {
        return "lookup-recording " + real.describe();
    }

    @Override
    public void close() {
        real.close();
    }
}
