package dev.cachedcompletion.internal;

import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.internal.store.NoStore;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.StoredValue;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.JoinPoint;

/**
 * The logic behind the aspect, in plain Java: key, look up, single-flight, call, store. Store and
 * codec failures are counted, logged once per streak and treated as misses; exceptions of the
 * method body reach the caller unchanged and are never cached; {@code null} is never cached.
 * Concurrent identical calls share one outcome: the value, {@code null}, or the exception the one
 * running body threw (the same instance).
 * Across processes, a store may coordinate the same way through a {@link Lease}: one process calls the
 * model while the others wait (bounded) for its stored value.
 * Thread-safe.
 *
 * <p>{@link LinkageError}s of stores and codecs (a driver missing from the class path, say) are
 * failures of the cache like any other, so they too become misses rather than failed calls.
 */
public final class CompletionInterceptor {

    private static final CompletionInterceptor GLOBAL =
            new CompletionInterceptor(StoreSelection.global(), new CallSites());

    private final StoreSelection stores;
    private final CallSites sites;
    private final ConcurrentHashMap<CacheKey, Flight> flights = new ConcurrentHashMap<>();
    private final FailureLog readFailures = new FailureLog("reading from the cache store");
    private final FailureLog writeFailures = new FailureLog("writing to the cache store");
    private final FailureLog codecFailures = new FailureLog("decoding or encoding a cached value");
    private final FailureLog keyFailures = new FailureLog("building a cache key");
    private final FailureLog leaseFailures = new FailureLog("coordinating a call with other processes");

    CompletionInterceptor(StoreSelection stores, CallSites sites) {
        this.stores = stores;
        this.sites = sites;
    }

    /** The interceptor the aspect uses, configured by {@code cachedcompletion.store}. */
    public static CompletionInterceptor global() {
        return GLOBAL;
    }

    /** Called by the aspect for every execution of a {@code @CachedCompletion} method. */
    public Object intercept(JoinPoint.StaticPart joinPoint, Object target, Object[] args, Invocation body)
            throws Throwable {
        ResolvedSite site = sites.resolve(joinPoint);
        if (site == null) {
            return body.proceed();
        }
        return invoke(site, target, args, body);
    }

    Object invoke(ResolvedSite site, Object target, Object[] args, Invocation body) throws Throwable {
        CompletionStore store = stores.current();
        if (store instanceof NoStore) {
            return body.proceed();
        }
        CacheKey key;
        try {
            key = site.method.key(target, args);
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            site.stats.miss();
            keyFailures.failed(site.method.identity(), e);
            return body.proceed();
        }
        StoredValue stored = read(site, store, key);
        Object hit = stored == null ? null : materialize(site, stored);
        if (hit != null) {
            site.stats.hit();
            return hit;
        }
        return missOnce(site, store, key, body);
    }

    /** The stored value, or {@code null} on a miss or on any failure to read it. */
    private StoredValue read(ResolvedSite site, CompletionStore store, CacheKey key) {
        try {
            StoredValue stored = store.get(key);
            readFailures.succeeded(store.describe());
            return stored;
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            readFailures.failed(store.describe(), e);
            return null;
        }
    }

    /** The object a caller receives: the kept immutable object, or a fresh decode of the bytes. */
    private Object materialize(ResolvedSite site, StoredValue stored) {
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

    private Object missOnce(ResolvedSite site, CompletionStore store, CacheKey key, Invocation body)
            throws Throwable {
        Flight mine = new Flight();
        Flight leader = flights.putIfAbsent(key, mine);
        if (leader != null) {
            return follow(leader, site, store, key, body);
        }
        Object shared = Flight.NOTHING_TO_SHARE;
        Lease lease = Lease.UNCOORDINATED;
        try {
            // Another leader may have stored the value between our lookup and our registration.
            StoredValue stored = read(site, store, key);
            Object hit = stored == null ? null : materialize(site, stored);
            if (hit != null) {
                site.stats.hit();
                shared = stored;
                return hit;
            }
            // Other processes sharing the store may be missing this key right now too: at most one
            // of them calls the model while the others wait for its value (no-op for most stores).
            lease = acquireLease(site, store, key);
            if (!lease.granted()) {
                StoredValue theirs = awaitOtherProcess(site, store, lease);
                Object value = theirs == null ? null : materialize(site, theirs);
                if (value != null) {
                    site.stats.hit();
                    shared = theirs;
                    return value;
                }
            }
            site.stats.miss();
            Object result;
            try {
                result = body.proceed();
            } catch (Throwable failure) {
                shared = new Flight.Failure(failure);
                throw failure;
            }
            if (result == null) {
                shared = Flight.NULL_RESULT;
                return null;
            }
            StoredValue value = save(site, store, key, result);
            if (value != null) {
                shared = value;
            }
            return result;
        } finally {
            flights.remove(key, mine);
            mine.complete(shared);
            release(site, store, lease); // after the put, so that processes waiting on it find the value
        }
    }

    /** The store's lease on {@code key}; a store that fails to give one leaves this caller uncoordinated. */
    private Lease acquireLease(ResolvedSite site, CompletionStore store, CacheKey key) {
        try {
            Lease lease = store.acquireLease(key);
            leaseFailures.succeeded(store.describe());
            return lease == null ? Lease.UNCOORDINATED : lease;
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            leaseFailures.failed(store.describe(), e);
            return Lease.UNCOORDINATED;
        }
    }

    /** The value another process computed under its lease, or {@code null} to compute it here. */
    private StoredValue awaitOtherProcess(ResolvedSite site, CompletionStore store, Lease lease) {
        try {
            return lease.awaitValue();
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            leaseFailures.failed(store.describe(), e);
            return null;
        }
    }

    private void release(ResolvedSite site, CompletionStore store, Lease lease) {
        try {
            lease.close();
        } catch (RuntimeException | LinkageError e) {
            // The lease expires on its own; waiting processes then compute the value themselves.
            site.stats.error();
            leaseFailures.failed(store.describe(), e);
        }
    }

    private Object follow(Flight leader, ResolvedSite site, CompletionStore store, CacheKey key, Invocation body)
            throws Throwable {
        if (leader.leader == Thread.currentThread()) {
            site.stats.miss();
            return body.proceed(); // the body calls itself with the same key: waiting would deadlock
        }
        Object outcome = leader.await();
        if (outcome == Flight.NULL_RESULT) {
            return null;
        }
        if (outcome instanceof Flight.Failure) {
            // The call this caller joined failed: it gets that failure rather than starting a herd of
            // retries against a model that is failing or rate-limiting right now. Not cached.
            throw ((Flight.Failure) outcome).cause;
        }
        if (outcome instanceof StoredValue) {
            Object value = materialize(site, (StoredValue) outcome);
            if (value != null) {
                site.stats.hit();
                return value;
            }
        }
        site.stats.miss();
        Object result = body.proceed();
        if (result != null) {
            save(site, store, key, result);
        }
        return result;
    }

    /**
     * Encodes and stores the result. Returns what followers may share (the immutable object itself,
     * or the bytes to decode), or {@code null} if the value could not be encoded.
     */
    private StoredValue save(ResolvedSite site, CompletionStore store, CacheKey key, Object result) {
        byte[] bytes;
        try {
            bytes = site.codec.encode(result);
            codecFailures.succeeded(site.method.identity());
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            codecFailures.failed(site.method.identity(), e);
            return null;
        }
        boolean keepObject = site.method.immutableValue();
        StoredValue shareable = keepObject ? StoredValue.ofObject(result, bytes.length) : StoredValue.ofBytes(bytes);
        StoredValue toStore = keepObject && !store.keepsObjects() ? StoredValue.ofBytes(bytes) : shareable;
        try {
            store.put(key, toStore, site.method.ttl());
            writeFailures.succeeded(store.describe());
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            writeFailures.failed(store.describe(), e);
        }
        return shareable;
    }

    /** Counters of every method that has been called since the JVM started. */
    public List<MethodStats> statistics() {
        return sites.allStats();
    }

    /** The store selection this interceptor reads its store from. */
    public StoreSelection stores() {
        return stores;
    }
}
