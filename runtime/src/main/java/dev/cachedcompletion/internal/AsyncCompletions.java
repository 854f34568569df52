package dev.cachedcompletion.internal;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caching for methods that return {@code CompletableFuture<T>} or {@code CompletionStage<T>}: the
 * value the future completes with is cached.
 *
 * <ul>
 *   <li>A hit returns an already-completed future.</li>
 *   <li>A miss returns a future that completes with the method's own value (the same object) once
 *       it is stored. A future that fails is never cached; the caller's future fails the same way.</li>
 *   <li>Concurrent callers with the same key share the one call in flight: each gets its own future
 *       that completes with the shared outcome (an immutable value itself, other values decoded per
 *       caller, or the same failure).</li>
 *   <li>Replay mode answers a miss with a future that fails with {@code ReplayMissException}; the
 *       model is not called.</li>
 * </ul>
 * Thread-safe.
 */
final class AsyncCompletions {

    private final StoreAccess access;
    /** Per key in flight: completes with a StoredValue, Flight.NULL_RESULT or Flight.NOTHING_TO_SHARE. */
    private final ConcurrentHashMap<CacheKey, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    AsyncCompletions(StoreAccess access) {
        this.access = access;
    }

    Object invoke(ResolvedSite site, CompletionStore store, CacheKey key, Invocation body, CacheMode mode)
            throws Throwable {
        boolean storeWorks = true;
        if (mode != CacheMode.REFRESH) {
            StoredValue stored = access.read(site, store, key);
            storeWorks = stored != StoreAccess.UNREADABLE;
            Object hit = stored == null || !storeWorks ? null : access.materialize(site, stored);
            if (hit != null) {
                site.stats.hit();
                CompletionInterceptor.outcome(CacheOutcome.HIT, site, key);
                return CompletableFuture.completedFuture(hit);
            }
        }
        if (mode == CacheMode.REPLAY) {
            return CompletableFuture.failedFuture(CompletionInterceptor.replayMiss(site, store, key));
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            CompletionInterceptor.outcome(CacheOutcome.SHARED, site, key);
            return running.thenCompose(outcome -> follow(site, outcome, body));
        }
        return lead(site, store, key, body, storeWorks && mode != CacheMode.READ_ONLY, mine);
    }

    private Object lead(ResolvedSite site, CompletionStore store, CacheKey key, Invocation body, boolean write,
            CompletableFuture<Object> mine) throws Throwable {
        site.stats.miss();
        CompletionInterceptor.outcome(CacheOutcome.MISS, site, key);
        long start = System.nanoTime();
        Object returned;
        try {
            returned = body.proceed();
        } catch (Throwable failure) {
            finish(key, mine, null, failure);
            throw failure;
        }
        if (returned == null) {
            finish(key, mine, Flight.NULL_RESULT, null);
            return null;
        }
        // The caller's future completes only after the value is stored, so that a call made as soon
        // as it completes is a hit, not a second model call.
        CompletableFuture<Object> answer = new CompletableFuture<>();
        ((CompletionStage<?>) returned).whenComplete((value, failure) -> {
            if (failure != null || value == null) {
                finish(key, mine, Flight.NULL_RESULT, failure); // a failed future is never cached
                complete(answer, value, failure);
                return;
            }
            site.stats.bodyTook(System.nanoTime() - start);
            StoredValue shared = access.save(site, store, key, value, write);
            finish(key, mine, shared != null ? shared : Flight.NOTHING_TO_SHARE, null);
            answer.complete(value);
        });
        return answer;
    }

    private static void complete(CompletableFuture<Object> answer, Object value, Throwable failure) {
        if (failure != null) {
            answer.completeExceptionally(failure);
        } else {
            answer.complete(value);
        }
    }

    private void finish(CacheKey key, CompletableFuture<Object> mine, Object outcome, Throwable failure) {
        inFlight.remove(key, mine);
        if (failure != null) {
            mine.completeExceptionally(failure);
        } else {
            mine.complete(outcome);
        }
    }

    /** A follower's own future for the leader's outcome. */
    private CompletableFuture<Object> follow(ResolvedSite site, Object outcome, Invocation body) {
        if (outcome == Flight.NULL_RESULT) {
            return CompletableFuture.completedFuture(null);
        }
        if (outcome instanceof StoredValue) {
            Object value = access.materialize(site, (StoredValue) outcome);
            if (value != null) {
                site.stats.hit();
                return CompletableFuture.completedFuture(value);
            }
        }
        // The leader's value could not be encoded, so it cannot be shared without sharing a mutable
        // object: this caller runs the method itself.
        site.stats.miss();
        try {
            Object own = body.proceed();
            return own == null ? CompletableFuture.completedFuture(null) : ((CompletionStage<Object>) own).toCompletableFuture();
        } catch (Throwable failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }
}
