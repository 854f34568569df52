package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.ObjectKeepingStore;
import dev.cachedcompletion.spi.StoredValue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real store that a test can make fail on demand, and that counts lookups and records the thread of each put. */
final class ScriptedStore implements ObjectKeepingStore {

    private final CompletionStore delegate;
    final AtomicInteger gets = new AtomicInteger();
    final List<String> putThreads = new CopyOnWriteArrayList<>();
    volatile boolean failGets;
    volatile boolean failPuts;

    ScriptedStore(CompletionStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public StoredValue get(CacheKey key) {
        gets.incrementAndGet();
        if (failGets) {
            throw new IllegalStateException("disk on fire (get)");
        }
        return delegate.get(key);
    }

    @Override
    public void put(CacheKey key, StoredValue value, Duration ttl) {
        putThreads.add(Thread.currentThread().getName());
        if (failPuts) {
            throw new IllegalStateException("disk on fire (put)");
        }
        delegate.put(key, value, ttl);
    }

    @Override
    public void clear() {
        delegate.clear();
    }

    @Override
    public String describe() {
        return "scripted:" + delegate.describe();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
