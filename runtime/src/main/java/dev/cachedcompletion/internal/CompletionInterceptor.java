package dev.cachedcompletion.internal;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.ReplayMissException;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.internal.store.NoStore;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.StoredValue;
import java.lang.System.Logger.Level;
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
 * The {@link CacheMode} in force decides whether the store is read, written, bypassed, or (replay)
 * whether a miss is an error instead of a model call. Thread-safe.
 *
 * <p>A call whose lookup failed leaves the store alone for the rest of the call: writing to a store
 * that has just failed would log a second warning for the same outage and, for a store that fails
 * slowly (a lock, a timeout), make the caller wait twice.
 *
 * <p>{@link LinkageError}s of stores and codecs (a driver missing from the class path, say) are
 * failures of the cache like any other, so they too become misses rather than failed calls.
 */
public final class CompletionInterceptor {

    private static final System.Logger LOG = System.getLogger("dev.cachedcompletion");

    private static final CompletionInterceptor GLOBAL =
            new CompletionInterceptor(StoreSelection.global(), ModeSelection.global(), new CallSites());

    private final StoreSelection stores;
    private final ModeSelection modes;
    private final CallSites sites;
    private final ConcurrentHashMap<CacheKey, Flight> flights = new ConcurrentHashMap<>();
    private final StoreAccess access = new StoreAccess();
    private final AsyncCompletions async = new AsyncCompletions(access);
    private final FailureLog keyFailures = new FailureLog("building a cache key");
    private final FailureLog leaseFailures = new FailureLog("coordinating a call with other processes");

    CompletionInterceptor(StoreSelection stores, CallSites sites) {
        this(stores, new ModeSelection(), sites);
    }

    CompletionInterceptor(StoreSelection stores, ModeSelection modes, CallSites sites) {
        this.stores = stores;
        this.modes = modes;
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
            LastOutcome.set(CacheOutcome.BYPASSED);
            return body.proceed();
        }
        return invoke(site, target, args, body);
    }

    Object invoke(ResolvedSite site, Object target, Object[] args, Invocation body) throws Throwable {
        CompletionStore store = stores.current();
        CacheMode mode = modes.current();
        if (store instanceof NoStore || mode == CacheMode.OFF) {
            LastOutcome.set(CacheOutcome.BYPASSED);
            return body.proceed();
        }
        CacheKey key;
        try {
            key = site.method.key(target, args);
        } catch (RuntimeException | LinkageError e) {
            site.stats.error();
            site.stats.miss();
            keyFailures.failed(site.method.identity(), e);
            LastOutcome.set(CacheOutcome.MISS);
            return body.proceed();
        }
        if (site.method.async()) {
            return async.invoke(site, store, key, body, mode);
        }
        boolean storeWorks = true;
        if (mode != CacheMode.REFRESH) {
            StoredValue stored = access.read(site, store, key);
            storeWorks = stored != StoreAccess.UNREADABLE;
            Object hit = stored == null || !storeWorks ? null : access.materialize(site, stored);
            if (hit != null) {
                site.stats.hit();
                outcome(CacheOutcome.HIT, site, key);
                return hit;
            }
        }
        if (mode == CacheMode.REPLAY) {
            throw replayMiss(site, store, key);
        }
        return missOnce(site, store, key, body, mode, storeWorks);
    }

    /** A replay-mode miss: counted and recorded like a miss, but the model is not called. */
    static ReplayMissException replayMiss(ResolvedSite site, CompletionStore store, CacheKey key) {
        site.stats.miss();
        outcome(CacheOutcome.MISS, site, key);
        return new ReplayMissException(site.method.identity(), key.shortDigest(), store.describe(), null);
    }

    /** Records what happened to this call: for the caller's query, and as a debug line per lookup. */
    static void outcome(CacheOutcome outcome, ResolvedSite site, CacheKey key) {
        LastOutcome.set(outcome);
        if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, "cached-completion: " + outcome + " " + site.method.identity() + " key "
                    + key.shortDigest());
        }
    }

    private Object missOnce(ResolvedSite site, CompletionStore store, CacheKey key, Invocation body, CacheMode mode,
            boolean storeWorks) throws Throwable {
        Flight mine = new Flight();
        Flight leader = flights.putIfAbsent(key, mine);
        if (leader != null) {
            return follow(leader, site, store, key, body, mode);
        }
        Object shared = Flight.NOTHING_TO_SHARE;
        Lease lease = Lease.UNCOORDINATED;
        try {
            // Another leader may have stored the value between our lookup and our registration.
            StoredValue stored = mode == CacheMode.REFRESH || !storeWorks ? null : access.read(site, store, key);
            storeWorks &= stored != StoreAccess.UNREADABLE;
            Object hit = stored == null || !storeWorks ? null : access.materialize(site, stored);
            if (hit != null) {
                site.stats.hit();
                outcome(CacheOutcome.HIT, site, key);
                shared = stored;
                return hit;
            }
            // Other processes sharing the store may be missing this key right now too: at most one
            // of them calls the model while the others wait for its value (no-op for most stores).
            // A refresh wants a fresh answer of its own, so it does not wait for another process's.
            lease = mode == CacheMode.REFRESH || !storeWorks ? Lease.UNCOORDINATED : acquireLease(site, store, key);
            if (!lease.granted()) {
                StoredValue theirs = awaitOtherProcess(site, store, lease);
                Object value = theirs == null ? null : access.materialize(site, theirs);
                if (value != null) {
                    site.stats.hit();
                    outcome(CacheOutcome.SHARED, site, key);
                    shared = theirs;
                    return value;
                }
            }
            site.stats.miss();
            outcome(CacheOutcome.MISS, site, key);
            Object result;
            long start = System.nanoTime();
            try {
                result = body.proceed();
            } catch (Throwable failure) {
                shared = new Flight.Failure(failure);
                throw failure;
            }
            site.stats.bodyTook(System.nanoTime() - start);
            if (result == null) {
                shared = Flight.NULL_RESULT;
                return null;
            }
            StoredValue value = access.save(site, store, key, result, storeWorks && mode != CacheMode.READ_ONLY);
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

    private Object follow(Flight leader, ResolvedSite site, CompletionStore store, CacheKey key, Invocation body,
            CacheMode mode) throws Throwable {
        if (leader.leader == Thread.currentThread()) {
            site.stats.miss();
            LastOutcome.set(CacheOutcome.MISS);
            return body.proceed(); // the body calls itself with the same key: waiting would deadlock
        }
        Object outcome = leader.await();
        if (outcome == Flight.NULL_RESULT) {
            outcome(CacheOutcome.SHARED, site, key);
            return null;
        }
        if (outcome instanceof Flight.Failure) {
            // The call this caller joined failed: it gets that failure rather than starting a herd of
            // retries against a model that is failing or rate-limiting right now. Not cached.
            outcome(CacheOutcome.SHARED, site, key);
            throw ((Flight.Failure) outcome).cause;
        }
        if (outcome instanceof StoredValue) {
            Object value = access.materialize(site, (StoredValue) outcome);
            if (value != null) {
                site.stats.hit();
                outcome(CacheOutcome.SHARED, site, key);
                return value;
            }
        }
        site.stats.miss();
        outcome(CacheOutcome.MISS, site, key);
        Object result = body.proceed();
        if (result != null) {
            access.save(site, store, key, result, mode != CacheMode.READ_ONLY);
        }
        return result;
    }

    /** Counters of every method that has been called since the JVM started. */
    public List<MethodStats> statistics() {
        return sites.allStats();
    }

    /** The store selection this interceptor reads its store from. */
    public StoreSelection stores() {
        return stores;
    }

    /** The mode selection this interceptor reads its mode from. */
    public ModeSelection modes() {
        return modes;
    }
}
