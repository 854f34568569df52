package dev.cachedcompletion.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * A method that returns {@code CompletableFuture<T>} or {@code CompletionStage<T>}; the cached answer
 * is the {@code T} it completes with.
 *
 * <ul>
 *   <li>A hit returns an already-completed future; a leader's caller gets the body's own future, not
 *       delayed by the cache.</li>
 *   <li>The answer is encoded and stored on the library's {@link StoreExecutor}, never on the thread
 *       that completed the client's future (often an HTTP client's I/O thread). The call stays in flight
 *       until it is stored, so a caller that asks again as soon as its future completes joins it rather
 *       than calling the model again.</li>
 *   <li>A follower never blocks: its future completes when the leader's answer is stored, or after the
 *       join bound with a call of its own.</li>
 * </ul>
 */
final class FutureShape implements ResultShape {

    private final Executor storeExecutor;

    FutureShape(Executor storeExecutor) {
        this.storeExecutor = storeExecutor;
    }

    @Override
    public Object fromCache(Object answer) {
        return CompletableFuture.completedFuture(answer);
    }

    @Override
    public Object failure(Throwable failure) {
        return CompletableFuture.failedFuture(failure);
    }

    @Override
    public Object lead(Object returned, Answer answer) {
        if (returned == null) {
            answer.completed(null);
            return null;
        }
        ((CompletionStage<?>) returned).whenComplete((value, failure) -> {
            if (failure != null) {
                answer.failed(failure);
            } else {
                answer.completed(value);
            }
        });
        return returned;
    }

    @Override
    public Object follow(Flight flight, Duration bound, FollowUp then) {
        return flight.outcome(bound).thenCompose(outcome -> {
            try {
                Object own = then.apply(outcome);
                return own == null ? CompletableFuture.completedFuture(null) : (CompletionStage<?>) own;
            } catch (Throwable failure) {
                return CompletableFuture.failedFuture(failure);
            }
        });
    }

    @Override
    public Executor storeExecutor() {
        return storeExecutor;
    }
}
