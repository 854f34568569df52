package dev.cachedcompletion.internal;

import dev.cachedcompletion.StreamPace;
import dev.cachedcompletion.internal.config.StreamPaceSelection;
import dev.cachedcompletion.internal.stream.HandlerDelivery;
import dev.cachedcompletion.internal.stream.Publishers;
import dev.cachedcompletion.internal.stream.PushFeed;
import dev.cachedcompletion.internal.stream.RecordedStream;
import dev.cachedcompletion.internal.stream.Recording;
import dev.cachedcompletion.spi.StreamAdapter;
import dev.cachedcompletion.spi.StreamingHandlerAdapter;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;

/**
 * A method that streams its answer: it returns a stream type with a {@link StreamAdapter}
 * ({@code Flow.Publisher<T>}, {@code Flux<T>}, {@code Stream<T>}, a client's streaming response), or
 * it is {@code void} and hands the answer to a handler parameter with a
 * {@link StreamingHandlerAdapter}. The cached answer is the {@link RecordedStream} of its elements.
 *
 * <ul>
 *   <li>Nothing happens when the method is called but the key (and the store, mode and join bound in
 *       force then): the look-up, the join and the model call happen when the caller subscribes (for a
 *       handler: at once). Each subscription is one cached call.</li>
 *   <li>Where the look-up runs: on the subscribing thread for the memory store and for pull streams
 *       (whose reader waits anyway); otherwise on the library's stream threads, so that no reactive
 *       subscriber's thread waits on SQLite's busy timeout, Redis or another process's lease. Answers
 *       are stored on the library's store threads.</li>
 *   <li>A miss relays the model's elements as they arrive and records them; a caller arriving
 *       meanwhile joins the live stream from its first element. Stored only when the stream completed
 *       normally; the subscribers get the end after it was stored.</li>
 * </ul>
 */
final class StreamShape implements ResultShape {

    private final StreamAdapter<Object> streams;
    private final StreamingHandlerAdapter<Object, Object> handlers;
    private final int handlerIndex;
    private final Executor storeExecutor;
    private final Executor lookups;
    private final StreamPaceSelection pace;

    @SuppressWarnings("unchecked")
    StreamShape(StreamAdapter<?> streams, StreamingHandlerAdapter<?, ?> handlers, int handlerIndex,
            Executor storeExecutor, Executor lookups, StreamPaceSelection pace) {
        this.streams = (StreamAdapter<Object>) streams;
        this.handlers = (StreamingHandlerAdapter<Object, Object>) handlers;
        this.handlerIndex = handlerIndex;
        this.storeExecutor = storeExecutor;
        this.lookups = lookups;
        this.pace = pace;
    }

    /**
     * What the caller gets now: a stream that runs {@code rest} of the cached call for each
     * subscriber, or (for a handler) nothing, the call being started at once.
     */
    Object start(Invocation rest, StoreView store, Object[] args) {
        Executor where = store.keepsObjects || (streams != null && streams.pulled()) ? Runnable::run : lookups;
        Flow.Publisher<Object> deferred = Publishers.deferred(() -> (Flow.Publisher<?>) rest.proceed(), where);
        if (streams != null) {
            return streams.stream(deferred);
        }
        deferred.subscribe(new HandlerDelivery(handlers, args[handlerIndex]));
        return null;
    }

    /**
     * The body as the engine runs it: for a handler method, with the caller's handler replaced by one
     * that records into a feed, which is then what the body "returned".
     */
    Invocation body(Invocation body, Object[] args) {
        if (handlers == null) {
            return body;
        }
        return () -> {
            PushFeed feed = new PushFeed();
            Object[] recorded = args.clone();
            recorded[handlerIndex] = handlers.recorder(feed);
            body.proceed(recorded);
            return feed;
        };
    }

    @Override
    public Object fromCache(Object answer) {
        if (answer == null) {
            return Publishers.failed(new NullPointerException("no stream to replay"));
        }
        return Recording.replay((RecordedStream) answer, pace.current() == StreamPace.RECORDED);
    }

    @Override
    public Object failure(Throwable failure) {
        return Publishers.failed(failure);
    }

    @Override
    public Object lead(Object returned, Answer answer) {
        Flow.Publisher<?> upstream;
        try {
            if (returned == null) {
                throw new NullPointerException("the method returned null instead of a stream");
            }
            upstream = handlers != null ? (Flow.Publisher<?>) returned : streams.elements(returned);
        } catch (Throwable failure) {
            answer.failed(failure, () -> { });
            return Publishers.failed(failure);
        }
        Recording live = Recording.live(answer.elementEncoder(), new Listener(answer));
        answer.streaming(live);
        upstream.subscribe(live);
        return live;
    }

    /** A follower never blocks: it joins the live stream when it starts, or gets what the leader landed. */
    @Override
    public Object follow(Flight flight, Duration bound, FollowUp then) {
        return Publishers.later(flight.news(bound).thenApply(news -> {
            try {
                return (Flow.Publisher<?>) then.apply(news);
            } catch (Throwable failure) {
                return Publishers.failed(failure);
            }
        }));
    }

    /**
     * Joins a live stream from its first element; if it was abandoned meanwhile (every caller
     * cancelled), runs {@code ownCall} instead.
     */
    Flow.Publisher<Object> join(Recording live, Runnable joined, Invocation ownCall) {
        return subscriber -> {
            if (live.join(subscriber, joined)) {
                return;
            }
            Flow.Publisher<?> own;
            try {
                own = (Flow.Publisher<?>) ownCall.proceed();
            } catch (Throwable failure) {
                own = Publishers.failed(failure);
            }
            @SuppressWarnings("unchecked")
            Flow.Publisher<Object> ownStream = (Flow.Publisher<Object>) own;
            ownStream.subscribe(subscriber);
        };
    }

    @Override
    public Executor storeExecutor() {
        return storeExecutor;
    }

    /** Tells the leader's landing how its live stream ended. */
    private static final class Listener implements dev.cachedcompletion.internal.stream.StreamListener {
        private final Answer answer;

        Listener(Answer answer) {
            this.answer = answer;
        }

        @Override
        public void completed(RecordedStream recorded, Runnable then) {
            answer.completed(recorded, then);
        }

        @Override
        public void failed(Throwable failure, Runnable then) {
            answer.failed(failure, then);
        }

        @Override
        public void abandoned() {
            answer.abandoned();
        }
    }
}
