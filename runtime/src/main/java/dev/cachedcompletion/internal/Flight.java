package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.StoredValue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One call in progress for a key. The thread that registered it (the leader) runs the body; callers
 * with the same key wait for its outcome instead of calling the model again.
 */
final class Flight {

    /** The leader's call returned {@code null}: followers return {@code null} too. */
    static final Object NULL_RESULT = new Object();
    /** The leader's value cannot be shared (it could not be encoded): each follower runs the body itself. */
    static final Object NOTHING_TO_SHARE = new Object();

    /** The leader's body threw: followers throw the same exception. */
    static final class Failure {
        final Throwable cause;

        Failure(Throwable cause) {
            this.cause = cause;
        }
    }

    final Thread leader = Thread.currentThread();
    private final CompletableFuture<Object> outcome = new CompletableFuture<>();

    /** A {@link StoredValue}, {@link #NULL_RESULT}, a {@link Failure} or {@link #NOTHING_TO_SHARE}. */
    void complete(Object result) {
        outcome.complete(result);
    }

    /** Waits for the leader. An interrupted follower stops waiting and keeps its interrupt flag. */
    Object await() {
        try {
            return outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NOTHING_TO_SHARE;
        } catch (ExecutionException e) {
            return NOTHING_TO_SHARE;
        }
    }
}
