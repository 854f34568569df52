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
 *   <li>A hit returns an already-completed future.</li>
 *   <li>A leader's caller gets a future that completes with the body's own value (the same object)
 *       once it is stored. The answer is encoded and stored on the library's {@link StoreExecutor},
 *       never on the thread that completed the client's future (often an HTTP client's I/O thread), so
 *       the caller's dependent stages run on that executor's thread unless they ask for another.</li>
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
            answer.completed(null, () -> { });
            return null;
        }
        CompletableFuture<Object> toCaller = new CompletableFuture<>();
        ((CompletionStage<?>) returned).whenComplete((value, failure) -> {
            if (failure != null) {
                answer.failed(failure, () -> toCaller.completeExceptionally(failure));
            } else {
                answer.completed(value, () -> toCaller.complete(value));
            }
        });
        return toCaller;
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
