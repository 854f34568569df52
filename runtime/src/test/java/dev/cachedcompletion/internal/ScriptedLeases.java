package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.StoredValue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real store that hands out leases as a test scripts them — as if another process held them or
 * had stored a value meanwhile — and records the order of events ({@code lease}, {@code await},
 * {@code put}, {@code release}).
 */
final class ScriptedLeases implements LeasingStore {

    private final CompletionStore delegate;
    final List<String> events = new CopyOnWriteArrayList<>();
    volatile boolean grant = true;
    volatile boolean failLease;
    volatile boolean failRelease;
    /** Whether a waiter is handed the lease while it waits (the holder's lease expired). */
    volatile boolean takeOverWhileWaiting;
    /** What a waiter receives: the value another process stored, or {@code null}. */
    volatile StoredValue othersValue;
    /** The bytes of the last value put, as another process would read them. */
    volatile StoredValue lastPut;

    ScriptedLeases(CompletionStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Lease acquireLease(CacheKey key) {
        events.add("lease");
        if (failLease) {
            throw new IllegalStateException("lease server on fire");
        }
        return new Lease() {
            private boolean granted = grant;

            @Override
            public boolean granted() {
                return granted;
            }

            @Override
            public StoredValue awaitValue() {
                events.add("await");
                granted = takeOverWhileWaiting;
                return othersValue;
            }

            @Override
            public void close() {
                if (granted) {
                    events.add("release");
                    if (failRelease) {
                        throw new IllegalStateException("release on fire");
                    }
                }
            }
        };
    }

    @Override
    public StoredValue get(CacheKey key) {
        return delegate.get(key);
    }

    @Override
    public void put(CacheKey key, StoredValue value, Duration ttl) {
        events.add("put");
        lastPut = value.bytes() == null ? value : StoredValue.ofBytes(value.bytes());
        delegate.put(key, value, ttl);
    }

    @Override
    public void clear() {
        delegate.clear();
    }

    @Override
    public String describe() {
        return "leasing:" + delegate.describe();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
