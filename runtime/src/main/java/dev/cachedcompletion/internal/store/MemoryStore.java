package dev.cachedcompletion.internal.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import java.time.Duration;

/**
 * {@code memory}: a Caffeine cache in this JVM, bounded by bytes and/or entries, with a TTL per
 * entry. Keeps immutable results as objects (no decode on a hit) and other results as bytes (a fresh
 * decode per hit, so callers never share a mutable object). Thread-safe.
 */
final class MemoryStore implements CompletionStore {

    /** Per-entry overhead beyond key and value: Caffeine node, entry object, references. */
    private static final int ENTRY_OVERHEAD = 96;

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
        Caffeine<CacheKey, Entry> builder = Caffeine.newBuilder()
                .executor(Runnable::run) // evict on the calling thread: the bound holds when put returns
                .expireAfter(new PerEntryTtl());
        if (maxBytes > 0) {
            // With both bounds, every entry weighs at least maxBytes/maxEntries, so neither is exceeded.
            minimumWeight = maxEntries > 0 ? Math.max(1, (maxBytes + maxEntries - 1) / maxEntries) : 1;
            builder.maximumWeight(maxBytes).weigher((k, e) -> e.weight);
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
        return entry == null ? null : entry.value;
    }

    @Override
    public void put(CacheKey key, StoredValue value, Duration ttl) {
        Duration lifetime = ttl != null ? ttl : defaultTtl;
        long bytes = key.approximateBytes() + value.weight() + ENTRY_OVERHEAD;
        int weight = (int) Math.min(Integer.MAX_VALUE, Math.max(minimumWeight, bytes));
        cache.put(key, new Entry(value, lifetime == null ? Long.MAX_VALUE : saturatedNanos(lifetime), weight));
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
    public void removeMethod(String methodId) {
        cache.asMap().keySet().removeIf(k -> k.methodId().equals(methodId));
    }

    @Override
    public void clear() {
        cache.invalidateAll();
    }

    @Override
    public boolean keepsObjects() {
        return true;
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
        final long ttlNanos;
        final int weight;

        Entry(StoredValue value, long ttlNanos, int weight) {
            this.value = value;
            this.ttlNanos = ttlNanos;
            this.weight = weight;
        }
    }

    private static final class PerEntryTtl implements Expiry<CacheKey, Entry> {
        @Override
        public long expireAfterCreate(CacheKey key, Entry entry, long currentTime) {
            return entry.ttlNanos;
        }

        @Override
        public long expireAfterUpdate(CacheKey key, Entry entry, long currentTime, long currentDuration) {
            return entry.ttlNanos;
        }

        @Override
        public long expireAfterRead(CacheKey key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
