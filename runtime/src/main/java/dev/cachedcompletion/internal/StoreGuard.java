package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.StoredValue;

/**
 * The one place that touches keys, the store, the codec and leases, so that nothing the cache does
 * can reach a caller: every {@code Throwable} here — a store that is down, a codec that throws, an
 * {@code Error} while encoding a deep value, a driver missing from the class path — is counted on the
 * method, logged once per streak (per method and operation), and turned into a miss. Stateless and
 * thread-safe; a call's steps may run on different threads.
 */
final class StoreGuard {

    /** The key of this call, or {@code null} if the generated key code failed (the call runs uncached). */
    CacheKey key(ResolvedSite site, Object target, Object[] args) {
        try {
            CacheKey key = site.method.key(target, args);
            site.keyFailures.succeeded(null);
            return key;
        } catch (Throwable e) {
            return failed(site, site.keyFailures, null, e);
        }
    }

    /**
     * Looks {@code key} up and opens what it finds for this caller. Small on purpose: it is on every
     * hit, and a JIT that inlines it whole never allocates the key of a memory-store hit.
     */
    Lookup lookup(ResolvedSite site, StoreView store, CacheKey key) {
        StoredValue stored;
        try {
            stored = store.store.get(key);
        } catch (Throwable e) {
            failed(site, site.readFailures, store, e);
            return Lookup.STORE_UNUSABLE;
        }
        site.readFailures.succeeded(store);
        if (stored == null) {
            return Lookup.MISS;
        }
        Object object = stored.object();
        if (object != null) {
            return object instanceof KeptObject kept && kept.owner() == site.method.getClass() ? kept : Lookup.MISS;
        }
        return decoded(site, stored);
    }

    private Lookup decoded(ResolvedSite site, StoredValue stored) {
        Object value = decode(site, stored);
        return value == null ? Lookup.MISS : new Lookup.Decoded(value, stored);
    }

    /** Counts and logs a cache failure; returns {@code null}, what every failed step hands on. */
    private static <T> T failed(ResolvedSite site, FailureLog log, Object store, Throwable e) {
        site.stats.error();
        log.failed(store, e);
        return null;
    }

    /**
     * The object a caller receives from a stored or shared value — the kept object if this site made
     * it, else a fresh decode — or {@code null} if this caller cannot use it (another format, damaged
     * bytes, an object of another class loader): a miss, overwritten by the call.
     */
    Object open(ResolvedSite site, StoredValue stored) {
        Object object = stored.object();
        if (object != null) {
            return object instanceof KeptObject kept && kept.owner() == site.method.getClass() ? kept.value() : null;
        }
        return decode(site, stored);
    }

    private Object decode(ResolvedSite site, StoredValue stored) {
        if (!site.hasCodec()) {
            return null;
        }
        try {
            Object value = site.codec.decode(stored.bytes());
            site.decodeFailures.succeeded(null);
            return value;
        } catch (Throwable e) {
            site.stats.error();
            site.decodeFailures.failed(null, e);
            return null;
        }
    }

    /**
     * Encodes {@code answer} and, if {@code write}, stores it. Returns what followers may share — the
     * kept object (an immutable answer) or the bytes to decode — or {@link Shared#NOT_SHAREABLE} if it
     * could not be encoded. Never throws.
     */
    Shared save(ResolvedSite site, StoreView store, CacheKey key, Object answer, boolean write) {
        byte[] bytes;
        boolean keepObject;
        try {
            if (!site.hasCodec()) {
                return Shared.NOT_SHAREABLE;
            }
            bytes = site.codec.encode(answer);
            keepObject = site.codec.sharesObjects(site.method);
            site.encodeFailures.succeeded(null);
        } catch (Throwable e) {
            site.stats.error();
            site.encodeFailures.failed(null, e);
            return Shared.NOT_SHAREABLE;
        }
        StoredValue asBytes = StoredValue.ofBytes(bytes);
        StoredValue shareable = keepObject
                ? StoredValue.ofObject(new KeptObject(site.codec.kept(answer), site.method.getClass()),
                        site.codec.keptWeight(answer, bytes.length)) : asBytes;
        if (write) {
            try {
                store.store.put(key, keepObject && store.keepsObjects ? shareable : asBytes, site.method.ttl());
                site.writeFailures.succeeded(store);
            } catch (Throwable e) {
                site.stats.error();
                site.writeFailures.failed(store, e);
            }
        }
        return new Shared.Value(shareable);
    }

    /** The store's lease on {@code key}; a store that has none, or fails to give one, leaves the caller uncoordinated. */
    Lease lease(ResolvedSite site, StoreView store, CacheKey key) {
        if (store.leases == null) {
            return Lease.UNCOORDINATED;
        }
        try {
            Lease lease = store.leases.acquireLease(key);
            site.leaseFailures.succeeded(store);
            return lease == null ? Lease.UNCOORDINATED : lease;
        } catch (Throwable e) {
            site.stats.error();
            site.leaseFailures.failed(store, e);
            return Lease.UNCOORDINATED;
        }
    }

    /** The value another process stored under its lease, or {@code null}: this caller then computes it. */
    StoredValue awaitOtherProcess(ResolvedSite site, StoreView store, Lease lease) {
        try {
            return lease.awaitValue();
        } catch (Throwable e) {
            site.stats.error();
            site.leaseFailures.failed(store, e);
            return null;
        }
    }

    /** Releases a lease after the answer was stored; a lease that cannot be released expires on its own. */
    void release(ResolvedSite site, StoreView store, Lease lease) {
        try {
            lease.close();
        } catch (Throwable e) {
            site.stats.error();
            site.leaseFailures.failed(store, e);
        }
    }
}
