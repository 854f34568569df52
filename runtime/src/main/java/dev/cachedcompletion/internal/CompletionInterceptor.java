package dev.cachedcompletion.internal;

import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.internal.store.NoStore;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.aspectj.lang.JoinPoint;

/**
 * The logic behind the aspect, in plain Java: key, look up, single-flight, call, store. Store and
 * codec failures are counted, logged once per streak and treated as misses; exceptions of the
 * method body reach the caller unchanged and are never cached; {@code null} is never cached.
 * Thread-safe.
 *
 * <p>A call whose lookup failed leaves the store alone for the rest of the call: writing to a store
 * that has just failed would log a second warning for the same outage and, for a store that fails
 * slowly (a lock, a timeout), make the caller wait twice.
 *
 * <p>{@link LinkageError}s of stores and codecs (a driver missing from the class path, say) are
 * failures of the cache like any other, so they too become misses rather than failed calls.
 */
public final class CompletionInterceptor {

    /** What {@link #read} returns when the store failed, as opposed to {@code null} for a miss. Compared by identity. */
    private static final StoredValue UNREADABLE = StoredValue.ofBytes(new byte[0]);

    private static final CompletionInterceptor GLOBAL =
            new CompletionInterceptor(StoreSelection.global(), new CallSites());

    private final StoreSelection stores;
    private final CallSites sites;
    private final ConcurrentHashMap<CacheKey, Flight> flights = new ConcurrentHashMap<>();
    private final FailureLog readFailures = new FailureLog("reading from the cache store");
    private final FailureLog writeFailures = new FailureLog("writing to the cache store");
    private final FailureLog codecFailures = new FailureLog("decoding or encoding a cached value");
    private final FailureLog keyFailures = new FailureLog("building a cache key");

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
        if (stored == UNREADABLE) {
            return missOnce(site, store, key, body, false);
        }
        Object hit = stored == null ? null : materialize(site, stored);
        if (hit != null) {
            site.stats.hit();
            return hit;
        }
        return missOnce(site, store, key, body, true);
    }

    /** The stored value, {@code null} on a miss, or {@link #UNREADABLE} if the store failed. */
    private StoredValue read(ResolvedSite site, CompletionStore store, CacheKey key) {
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

    /** {@code storeWorked} is false if the store failed earlier in this call: it is not touched again. */
    private Object missOnce(ResolvedSite site, CompletionStore store, CacheKey key, Invocation body,
            boolean storeWorked) throws Throwable {
        Flight mine = new Flight();
        Flight leader = flights.putIfAbsent(key, mine);
        if (leader != null) {
            return follow(leader, site, store, key, body, storeWorked);
        }
        Object shared = Flight.NOTHING_TO_SHARE;
        boolean useStore = storeWorked;
        try {
            if (useStore) {
                // Another leader may have stored the value between our lookup and our registration.
                StoredValue stored = read(site, store, key);
                useStore = stored != UNREADABLE;
                Object hit = stored == null || !useStore ? null : materialize(site, stored);
                if (hit != null) {
                    site.stats.hit();
                    shared = stored;
                    return hit;
                }
            }
            site.stats.miss();
            Object result = body.proceed();
            if (result == null) {
                shared = Flight.NULL_RESULT;
                return null;
            }
            StoredValue value = save(site, store, key, result, useStore);
            if (value != null) {
                shared = value;
            }
            return result;
        } finally {
            flights.remove(key, mine);
            mine.complete(shared);
        }
    }

    private Object follow(Flight leader, ResolvedSite site, CompletionStore store, CacheKey key, Invocation body,
            boolean storeWorked) throws Throwable {
        if (leader.leader == Thread.currentThread()) {
            site.stats.miss();
            return body.proceed(); // the body calls itself with the same key: waiting would deadlock
        }
        Object outcome = leader.await();
        if (outcome == Flight.NULL_RESULT) {
            return null;
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
            save(site, store, key, result, storeWorked);
        }
        return result;
    }

    /**
     * Encodes the result and, if {@code write}, stores it. Returns what followers may share (the
     * immutable object itself, or the bytes to decode), or {@code null} if the value could not be encoded.
     */
    private StoredValue save(ResolvedSite site, CompletionStore store, CacheKey key, Object result, boolean write) {
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
        if (!write) {
            return shareable;
        }
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
