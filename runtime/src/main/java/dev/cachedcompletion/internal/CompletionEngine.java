package dev.cachedcompletion.internal;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.ReplayMissException;
import dev.cachedcompletion.internal.config.JoinTimeout;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StreamPaceSelection;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.StoredValue;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.aspectj.lang.JoinPoint;

/**
 * The one call path behind the aspect (and any other interception): resolve the site, make the key,
 * look up, join or lead one call in flight, run the body, store, record. Plain values, futures and
 * streams plug in as {@link ResultShape}s; everything else here is the same for every shape (for a
 * stream, the steps after the key run when the caller subscribes).
 *
 * <p>What callers rely on:
 * <ul>
 *   <li>Nothing the cache does — keying, the store, the codec, the lease, counting, logging — can
 *       keep the body's answer from its caller, or fail a call the body would not fail (see
 *       {@link StoreGuard}). Exceptions of the body reach the caller unchanged and are never cached;
 *       {@code null} is never cached.</li>
 *   <li>Concurrent identical calls (same key, same {@link CacheMode}) share one body: the value, the
 *       {@code null} or the exception (the same instance) it produced. A joining caller waits at most
 *       the {@link JoinTimeout}, then runs its own call; re-entry on the leader's own thread runs at
 *       once. An interrupted waiter stops waiting, keeps its interrupt status and gets a
 *       {@link CancellationException}; it does not call the model.</li>
 *   <li>Across processes a {@link dev.cachedcompletion.spi.LeasingStore} may coordinate the same way:
 *       one process calls the model while the others wait (bounded by the lease) for its value.</li>
 *   <li>A call whose look-up failed leaves the store alone for the rest of the call: writing to a store
 *       that has just failed would log a second warning for one outage and, for a store that fails
 *       slowly, make the caller wait twice.</li>
 * </ul>
 * Thread-safe.
 */
public final class CompletionEngine {

    private static final CompletionEngine GLOBAL =
            new CompletionEngine(StoreSelection.global(), ModeSelection.global(), new JoinTimeout());

    private final StoreSelection stores;
    private final ModeSelection modes;
    private final JoinTimeout joinTimeout;
    private final CallSites sites;
    private final Flights flights = new Flights();
    private final StoreGuard guard = new StoreGuard();
    private final HandOvers handOvers = new HandOvers();
    private volatile StoreView view;

    /** An engine with the configured join timeout, for tests. */
    CompletionEngine(StoreSelection stores, ModeSelection modes) {
        this(stores, modes, new JoinTimeout());
    }

    CompletionEngine(StoreSelection stores, ModeSelection modes, JoinTimeout joinTimeout) {
        this.stores = stores;
        this.modes = modes;
        this.joinTimeout = joinTimeout;
        StoreExecutor storeThreads = StoreExecutor.forStores();
        this.sites = new CallSites(new FutureShape(storeThreads),
                new StreamShapes(storeThreads, StoreExecutor.forStreamLookups(), StreamPaceSelection.global()),
                () -> StatisticsMXBean.registerInBackground(this));
    }

    /** The engine the aspect uses, configured by the {@code cachedcompletion.*} properties. */
    public static CompletionEngine global() {
        return GLOBAL;
    }

    /** Called by the aspect for every execution of a {@code @CachedCompletion} method. */
    public Object call(JoinPoint.StaticPart joinPoint, Object target, Object[] args, Invocation body) throws Throwable {
        ResolvedSite site = sites.resolve(joinPoint);
        if (site == null) {
            Outcomes.bypassed();
            return body.proceed();
        }
        if (handOvers.takeOver(site)) {
            return body.proceed(); // a proxy in front of this woven method has cached this call already
        }
        return call(site, target, args, body);
    }

    /**
     * Called by an interception that is not AspectJ (a Spring AOP advisor) for a call of a
     * {@code @CachedCompletion} method. {@code method} is the method as the class declares it (not
     * an interface's or a bridge); its key code is found from its declaring class once and kept per
     * {@link Method}. {@code args} may be kept by the key: pass a copy. {@code body} runs the method
     * itself on the calling thread; streaming-handler methods need its {@link Invocation#proceed(Object[])}.
     * If the class is woven as well, the woven aspect lets this call through uncounted, so a call is
     * cached and counted once. Same guarantees as the woven call; thread-safe.
     */
    public Object call(Method method, Object target, Object[] args, Invocation body) throws Throwable {
        ResolvedSite site = sites.resolve(method);
        if (site == null) {
            Outcomes.bypassed();
            return body.proceed();
        }
        return call(site, target, args, handOvers.marking(site, body));
    }

    Object call(ResolvedSite site, Object target, Object[] args, Invocation body) throws Throwable {
        StoreView store = view(stores.current());
        CacheMode mode = modes.current();
        Duration joinBound = joinTimeout.current(); // read on every call, so that a malformed value fails fast
        if (store.off || mode == CacheMode.OFF) {
            Outcomes.bypassed(site);
            return body.proceed();
        }
        CacheKey key = guard.key(site, target, args);
        if (key == null || !site.hasCodec()) {
            return uncached(site, key, body);
        }
        if (site.shape instanceof StreamShape streams) {
            // The rest of the call happens when the caller subscribes, with what was in force now.
            Invocation recordingBody = streams.body(body, args);
            return streams.start(() -> answer(site, store, key, mode, joinBound, recordingBody), store, args);
        }
        return answer(site, store, key, mode, joinBound, body);
    }

    /** Look up, then answer from the store or join or lead the call in flight. */
    private Object answer(ResolvedSite site, StoreView store, CacheKey key, CacheMode mode, Duration joinBound,
            Invocation body) throws Throwable {
        if (mode == CacheMode.REFRESH) {
            return miss(new Call(site, store, key, mode, joinBound, body), true);
        }
        // The hit path stays small, so that the JIT inlines it whole into the aspect.
        Lookup found = guard.lookup(site, store, key);
        if (found instanceof Lookup.Hit hit) {
            Outcomes.answered(site, CacheOutcome.HIT, key, hit.value());
            return site.shape.fromCache(hit.value());
        }
        return miss(new Call(site, store, key, mode, joinBound, body), !(found instanceof Lookup.StoreUnusable));
    }

    /** The key code failed, or the method has no codec: the call runs, counted as a miss. */
    private Object uncached(ResolvedSite site, CacheKey key, Invocation body) throws Throwable {
        if (!site.hasCodec()) {
            site.stats.error();
        }
        Outcomes.missed(site, key);
        return body.proceed();
    }

    /** Nothing usable was stored: fail a replay, else join or lead the one call in flight. */
    private Object miss(Call call, boolean storeWorks) throws Throwable {
        if (call.mode == CacheMode.REPLAY) {
            Outcomes.missed(call.site, call.key);
            return call.site.shape.failure(new ReplayMissException(
                    call.site.method.identity(), call.key.shortDigest(), call.store.describe(), null));
        }
        call.storeWorks = storeWorks;
        Flight mine = new Flight();
        Flight running = flights.lead(call.flightKey, mine);
        return running == null ? lead(call, mine) : follow(call, running);
    }

    private StoreView view(CompletionStore store) {
        StoreView v = view;
        if (v == null || v.store != store) {
            v = StoreView.of(store);
            view = v;
        }
        return v;
    }

    /** This caller runs the body for everyone who joins, unless the answer turned up meanwhile. */
    private Object lead(Call call, Flight mine) throws Throwable {
        ResolvedSite site = call.site;
        if (call.reads()) {
            // Another leader may have stored the answer between our look-up and our registration.
            Lookup found = guard.lookup(site, call.store, call.key);
            if (found instanceof Lookup.Hit hit) {
                flights.land(call.flightKey, mine, new Shared.Value(hit.shareable()));
                Outcomes.answered(site, CacheOutcome.HIT, call.key, hit.value());
                return site.shape.fromCache(hit.value());
            }
            call.storeWorks &= !(found instanceof Lookup.StoreUnusable);
        }
        // Other processes sharing the store may be missing this key right now too: at most one calls
        // the model while the others wait for its answer. A refresh wants an answer of its own; a
        // read-only call stores nothing, so no other process may wait for it.
        Lease lease = call.reads() && call.writes() ? guard.lease(site, call.store, call.key) : Lease.UNCOORDINATED;
        if (!lease.granted()) {
            StoredValue theirs = guard.awaitOtherProcess(site, call.store, lease);
            Object answer = theirs == null ? null : guard.open(site, theirs);
            if (answer != null) {
                flights.land(call.flightKey, mine, new Shared.Value(theirs));
                Outcomes.answered(site, CacheOutcome.SHARED, call.key, answer);
                return site.shape.fromCache(answer);
            }
        }
        return runBody(call, new Landing(call, mine, lease, flights, guard));
    }

    /** Runs the body and hands its answer to {@code landing}, which stores it and lands the flight. */
    private Object runBody(Call call, Landing landing) throws Throwable {
        Outcomes.missed(call.site, call.key);
        Object returned;
        landing.start();
        try {
            returned = call.body.proceed();
        } catch (Throwable failure) {
            landing.failed(failure, () -> { });
            throw failure;
        } finally {
            landing.leftBody();
        }
        return call.site.shape.lead(returned, landing);
    }

    /** Another caller is running this call: wait for it (bounded) and share its answer. */
    private Object follow(Call call, Flight running) throws Throwable {
        ResolvedSite site = call.site;
        if (running.isReentry()) {
            // The body calls itself with the same key on its own thread: waiting would deadlock.
            return runBody(call, alone(call));
        }
        boolean async = site.shape.answersLater();
        if (async) {
            Outcomes.record(site, CacheOutcome.SHARED, call.key); // decided when its future completes
        }
        return site.shape.follow(running, call.joinBound, outcome -> joined(call, outcome, async));
    }

    private Object joined(Call call, Shared outcome, boolean async) throws Throwable {
        ResolvedSite site = call.site;
        if (outcome instanceof Shared.Live live && site.shape instanceof StreamShape streams) {
            return streams.join(live.recording(), () -> Outcomes.answeredLater(site, call.key, null), () -> {
                Outcomes.missedLater(site, call.key);
                return runAlone(call);
            });
        }
        if (outcome instanceof Shared.Value value) {
            Object answer = guard.open(site, value.stored());
            if (answer != null) {
                if (async) {
                    Outcomes.answeredLater(site, call.key, answer);
                } else {
                    Outcomes.answered(site, CacheOutcome.SHARED, call.key, answer);
                }
                return site.shape.fromCache(answer);
            }
        } else if (outcome instanceof Shared.NullResult) {
            Outcomes.record(site, CacheOutcome.SHARED, call.key);
            return site.shape.fromCache(null);
        } else if (outcome instanceof Shared.Failed failed) {
            // The call this caller joined failed: it gets that failure rather than starting a herd of
            // retries against a model that is failing or rate-limiting right now. Not cached.
            Outcomes.record(site, CacheOutcome.SHARED, call.key);
            return site.shape.failure(failed.cause());
        } else if (outcome instanceof Shared.Interrupted) {
            throw new CancellationException("interrupted while waiting for the identical call of "
                    + site.method.identity() + " running in another thread; the model was not called");
        }
        // Nothing to share (not encodable, timed out, unreadable): this caller runs its own call.
        if (async) {
            Outcomes.missedLater(site, call.key);
            return runAlone(call);
        }
        return runBody(call, alone(call));
    }

    /** An asynchronous follower's own call, counted already; its caller's thread is long gone. */
    private Object runAlone(Call call) throws Throwable {
        Landing landing = alone(call);
        landing.start();
        Object returned;
        try {
            returned = call.body.proceed();
        } finally {
            landing.leftBody();
        }
        return call.site.shape.lead(returned, landing);
    }

    /** A landing for a caller that runs its own call outside any flight. */
    private Landing alone(Call call) {
        return new Landing(call, null, Lease.UNCOORDINATED, flights, guard);
    }

    /** Counters of every method that has been called since the JVM started. */
    public List<MethodStats> statistics() {
        return sites.allStats();
    }

    /**
     * Calls {@code listener} with the counters of each method known now and of each method first
     * called later (possibly twice for one method: the listener must be idempotent), until the
     * returned handle is run. For meter registries (Micrometer), which need every method's counters
     * once. A listener that throws is logged and does not fail the call. Thread-safe.
     */
    public Runnable listenToStatistics(Consumer<MethodStats> listener) {
        return sites.listen(listener);
    }

    /** The store selection this engine reads its store from. */
    public StoreSelection stores() {
        return stores;
    }

    /** The mode selection this engine reads its mode from. */
    public ModeSelection modes() {
        return modes;
    }

    /** The site of a generated method, for callers that intercept without AspectJ (and for tests). */
    ResolvedSite resolve(dev.cachedcompletion.support.MethodSite method) {
        return sites.resolve(method);
    }
}
