package dev.cachedcompletion.benchmarks.support;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The memo a developer writes instead of a cache library: a map keyed by the request object itself
 * (its {@code equals}/{@code hashCode}, every field included) that hands every caller the one
 * stored response. Unbounded, no expiry, nothing outside the process. Counts its misses.
 */
public final class RequestMemo<Q, R> {

    private final ConcurrentHashMap<Q, R> memo = new ConcurrentHashMap<>();
    private final Supplier<R> body;
    private final AtomicLong bodyRuns = new AtomicLong();

    /** {@code body} answers a miss, as the model call would. */
    public RequestMemo(Supplier<R> body) {
        this.body = body;
    }

    public R get(Q request) {
        R response = memo.get(request);
        if (response == null) {
            bodyRuns.incrementAndGet();
            response = body.get();
            memo.putIfAbsent(request, response);
        }
        return response;
    }

    /** How many times the body ran (each a miss). */
    public long bodyRuns() {
        return bodyRuns.get();
    }
}
