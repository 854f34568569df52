package dev.cachedcompletion.internal;

import dev.cachedcompletion.internal.stream.Recording;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One call in progress for a key and mode. The caller that registered it (the leader) runs the body;
 * callers arriving meanwhile join it instead of calling the model again. Every wait on a flight is
 * bounded: a leader that never lands (a hung client, a body waiting for its own follower) costs a
 * follower at most the bound, after which it runs its own call.
 */
final class Flight {

    private final Thread leader = Thread.currentThread();
    private final CompletableFuture<Shared> outcome = new CompletableFuture<>();
    /** The first news for a streaming follower: the live stream, or the outcome if the leader lands first. */
    private final CompletableFuture<Shared> news = new CompletableFuture<>();
    /** True while the leader's thread is inside the method body. */
    private volatile boolean inBody;

    void enterBody() {
        inBody = true;
    }

    void leaveBody() {
        inBody = false;
    }

    /** Whether the current thread is the leader, inside its own body: waiting would deadlock. */
    boolean isReentry() {
        return inBody && leader == Thread.currentThread();
    }

    /** The leader's outcome; only the first call counts. */
    void land(Shared shared) {
        outcome.complete(shared);
        news.complete(shared);
    }

    /** The leader's stream has started: streaming followers may join it. */
    void streaming(Recording live) {
        news.complete(new Shared.Live(live));
    }

    /**
     * For a streaming follower, which never blocks: completes with {@link Shared.Live} once the
     * leader's stream starts, with the outcome if the leader lands first, or with
     * {@link Shared#TIMED_OUT} after {@code bound}.
     */
    CompletableFuture<Shared> news(Duration bound) {
        return news.copy().completeOnTimeout(Shared.TIMED_OUT, bound.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Blocks until the leader lands, at most {@code bound}. An interrupted follower stops waiting at
     * once, keeps its interrupt status and gets {@link Shared#INTERRUPTED}.
     */
    Shared await(Duration bound) {
        try {
            return outcome.get(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Shared.INTERRUPTED;
        } catch (TimeoutException e) {
            return Shared.TIMED_OUT;
        } catch (ExecutionException e) {
            return Shared.NOT_SHAREABLE; // never completed exceptionally; kept for completeness
        }
    }

    /** The leader's outcome for a follower that must not block: completes with {@link Shared#TIMED_OUT} after {@code bound}. */
    CompletableFuture<Shared> outcome(Duration bound) {
        return outcome.copy().completeOnTimeout(Shared.TIMED_OUT, bound.toNanos(), TimeUnit.NANOSECONDS);
    }
}
