package dev.cachedcompletion.internal.stream;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;

/** The few publishers the engine hands out besides {@link Recording}s. */
public final class Publishers {

    /** What yields a publisher when a subscriber arrives; may throw (the subscriber gets the error). */
    @FunctionalInterface
    public interface Source {
        Flow.Publisher<?> open() throws Throwable;
    }

    private Publishers() {
    }

    /** A publisher that fails every subscriber with {@code failure}. */
    public static Flow.Publisher<Object> failed(Throwable failure) {
        return subscriber -> Cursor.refuse(subscriber, failure);
    }

    /**
     * A publisher that, for each subscriber, opens {@code source} on {@code where} (a thread that may
     * wait on a store, or the subscribing thread) and relays what it yields. A task {@code where}
     * rejects runs on the subscribing thread: a cache under pressure is slower, never wrong.
     */
    public static Flow.Publisher<Object> deferred(Source source, Executor where) {
        return subscriber -> {
            Relay relay = new Relay(subscriber);
            subscriber.onSubscribe(relay);
            Runnable open = () -> open(source, relay);
            try {
                where.execute(open);
            } catch (RejectedExecutionException busy) {
                open.run();
            }
        };
    }

    private static void open(Source source, Relay relay) {
        if (relay.cancelled()) {
            return;
        }
        Flow.Publisher<?> publisher;
        try {
            publisher = source.open();
        } catch (Throwable failure) {
            relay.failed(failure);
            return;
        }
        relay.connect(publisher);
    }

    /** A publisher that relays the one {@code later} completes with (or fails with its failure). */
    public static Flow.Publisher<Object> later(CompletionStage<? extends Flow.Publisher<?>> later) {
        return subscriber -> {
            Relay relay = new Relay(subscriber);
            subscriber.onSubscribe(relay);
            later.whenComplete((publisher, failure) -> {
                if (failure != null) {
                    relay.failed(failure);
                } else {
                    relay.connect(publisher);
                }
            });
        };
    }
}
