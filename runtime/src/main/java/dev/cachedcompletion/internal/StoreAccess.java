package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;

/**
 * Reads, decodes, encodes and writes cached values so that no store or codec failure reaches a
 * caller: each is counted on the method, logged once per streak, and turned into "no value".
 * Thread-safe.
 */
final class StoreAccess {

    /** What {@link #read} returns when the store failed, as opposed to {@code null} for a miss. Compared by identity. */
    static final StoredValue UNREADABLE = StoredValue.ofBytes(new byte[0]);

    private final FailureLog readFailures = new FailureLog("reading from the cache store");
    private final FailureLog writeFailures = new FailureLog("writing to the cache store");
    private final FailureLog codecFailures = new FailureLog("decoding or encoding a cached value");

    /** The stored value, {@code null} on a miss, or {@link #UNREADABLE} if the store failed. */
    StoredValue read(ResolvedSite site, CompletionStore store, CacheKey key) {
        try {
            StoredValue stored = store.get(key);
            readFailures.succeeded(store.describe());
            return stored;
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            readFailures.failed(store.describe(), e);
            return UNREADABLE;
        }
    }

    /** The object a caller receives: the kept immutable object, or a fresh decode of the bytes. */
    Object materialize(ResolvedSite site, StoredValue stored) {
        if (stored.object() != null) {
            return stored.object();
        }
        try {
            return site.codec.decode(stored.bytes());
        } catch (RuntimeException | LinkageError e) {
            // A value of another format or shape, or damaged bytes: a miss, overwritten by the call.
            site.stats.error();
            codecFailures.failed(site.method.identity(), e);
            return null;
        }
    }

    /**
     * Encodes the result and, if {@code write}, stores it. Returns what followers may share (the
     * immutable object itself, or the bytes to decode), or {@code null} if it could not be encoded.
     */
    StoredValue save(ResolvedSite site, CompletionStore store, CacheKey key, Object result, boolean write) {
        byte[] bytes;
        try {
            bytes = site.codec.encode(result);
            codecFailures.succeeded(site.method.identity());
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            codecFailures.failed(site.method.identity(), e);
            return null;
        }
        boolean keepObject = site.codec.sharesObjects(site.method);
        StoredValue shareable = keepObject ? StoredValue.ofObject(result, bytes.length) : StoredValue.ofBytes(bytes);
        StoredValue toStore = keepObject && !store.keepsObjects() ? StoredValue.ofBytes(bytes) : shareable;
        if (!write) {
            return shareable;
        }
        try {
            store.put(key, toStore, site.method.ttl());
            writeFailures.succeeded(store.describe());
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            writeFailures.failed(store.describe(), e);
        }
        return shareable;
    }
}
