package dev.cachedcompletion.internal.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.MethodClearingStore;
import dev.cachedcompletion.spi.ObjectKeepingStore;
import dev.cachedcompletion.spi.StoredValue;
import java.time.Duration;

/**
 * {@code memory}: a Caffeine cache in this JVM, bounded by bytes and/or entries, with a TTL per
 * entry. Keeps immutable results as objects (no decode on a hit) and other results as bytes (a fresh
 * decode per hit, so callers never share a mutable object). Thread-safe.
 *
 * <p>Expiry is checked by {@link #get} against a deadline kept in the entry, not by Caffeine's
 * variable expiry: that policy reads the clock and updates its timer wheel on every read, which
 * measured at about 45 ns of a 100 ns hit (docs/PERFORMANCE.md). An entry without a lifetime now
 * costs no clock read at all. An expired entry is removed when it is next asked for, or evicted by
 * the bound like any other; either way it is never returned and the bound always holds.
 */
final class MemoryStore implements ObjectKeepingStore, MethodClearingStore {

    /**
     * Per-entry heap beyond the key's estimate and the value's encoded length: the Caffeine and
     * map nodes, the table slot, our entry and {@link StoredValue}, and the headers of the value's
     * own object or array. Calibrated with the benchmarks' MemoryFootprint (1M puts of 64 B to 16 KB
     * prompts under a 256 MiB bound: retained heap within 1 % of the bound, docs/PERFORMANCE.md).
     */
    private static final int ENTRY_OVERHEAD = 176;

    /** Lifetimes of this many nanoseconds or more (~146 years) never expire: the deadline would overflow. */
    private static final long NEVER = Long.MAX_VALUE / 2;

    private final Cache<CacheKey, Entry> cache;
    private final long minimumWeight;
    private final Duration defaultTtl;
    private final String description;

    /**
     * @param maxBytes   bound on the estimated retained bytes of keys and values, or 0 for none
     * @param maxEntries bound on the number of entries, or 0 for none
     * @param defaultTtl lifetime of entries stored without a TTL, or {@code null} for no expiry
     */
    MemoryStore(long maxBytes, long maxEntries, Duration defaultTtl, String description) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .executor(Runnable::run); // evict on the calling thread: the bound holds when put returns
        if (maxBytes > 0) {
            // With both bounds, every entry weighs at least maxBytes/maxEntries, so neither is exceeded.
            minimumWeight = maxEntries > 0 ? Math.max(1, (maxBytes + maxEntries - 1) / maxEntries) : 1;
            builder.maximumWeight(maxBytes).<CacheKey, Entry>weigher((k, e) -> e.weight);
        } else {
            minimumWeight = 1;
            if (maxEntries > 0) {
                builder.maximumSize(maxEntries);
            }
        }
        this.cache = builder.build();
        this.defaultTtl = defaultTtl;
        this.description = description;
    }

    @Override
    public StoredValue get(CacheKey key) {
        Entry entry = cache.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        if (entry.expires && System.nanoTime() - entry.deadlineNanos >= 0) {
            cache.asMap().remove(key, entry);
            return null;
        }
        return entry.value;
    }

    @Override
    public void put(CacheKey key, StoredValue value, Duration ttl) {
        Duration lifetime = ttl != null ? ttl : defaultTtl;
        long bytes = key.approximateBytes() + value.weight() + ENTRY_OVERHEAD;
        int weight = (int) Math.min(Integer.MAX_VALUE, Math.max(minimumWeight, bytes));
        long ttlNanos = lifetime == null ? NEVER : saturatedNanos(lifetime);
        // Remove first: a put over an existing entry keeps the old key object, and an old key may hold
        // the generated code of a class loader that has since been discarded (a hot reload).
        cache.asMap().remove(key);
        cache.put(key, new Entry(value, ttlNanos, weight));
    }

    /** A TTL beyond ~292 years does not fit in nanoseconds; it means "never expires", not a failed put. */
    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void clear() {
        cache.invalidateAll();
    }

    /** Walks the keys held: a memory store is small enough, and a clear is an operator's rare act. */
    @Override
    public long clearMethod(String methodId) {
        if (methodId == null) {
            throw new NullPointerException("methodId");
        }
        long removed = 0;
        for (CacheKey key : cache.asMap().keySet()) {
            if (key.methodId().equals(methodId) && cache.asMap().remove(key) != null) {
                removed++;
            }
        }
        return removed;
    }

    /** The number of entries (after pending maintenance), for tests and tools. */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** The total weight of all entries, in estimated bytes. */
    long weightedSize() {
        cache.cleanUp();
        return cache.policy().eviction().flatMap(e -> e.weightedSize().stream().boxed().findFirst()).orElse(0L);
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        cache.invalidateAll();
    }

    private static final class Entry {
        final StoredValue value;
        final boolean expires;
        final long deadlineNanos;
        final int weight;

        Entry(StoredValue value, long ttlNanos, int weight) {
            this.value = value;
            this.expires = ttlNanos < NEVER;
            this.deadlineNanos = expires ? System.nanoTime() + ttlNanos : 0;
            this.weight = weight;
        }
    }
}
