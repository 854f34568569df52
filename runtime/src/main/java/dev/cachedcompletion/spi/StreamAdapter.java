package dev.cachedcompletion.spi;

import java.util.concurrent.Flow;

/**
 * Lets a {@code @CachedCompletion} method that returns a stream of elements be cached: the adapter
 * turns the stream type {@code S} (a {@code Flux<T>}, a client library's streaming response) into
 * a {@link Flow.Publisher} of its elements and back. The cache records the elements of a live stream
 * as they pass, stores them once the stream completed normally, and hands a later caller a stream of
 * type {@code S} that replays them.
 *
 * <p>An adapter is registered for the raw type {@code S} with a class-path resource named
 * {@code dev/cachedcompletion/spi/streams/<binary name of S>} whose only line is the adapter's binary
 * class name; the processor then caches methods returning {@code S<T>} and stores their elements
 * {@code T} (with the codec registered for {@code T}, or Jackson). Implementations are public, have a
 * public no-argument constructor, and are stateless and thread-safe.
 *
 * @param <S> the stream type, e.g. {@code Flux<?>}
 */
public interface StreamAdapter<S> {

    /**
     * The elements of {@code stream}, which the method body returned. The cache subscribes to the
     * result at most once, requests elements as its own subscribers do, and cancels it when every
     * subscriber has cancelled; cancelling must release what the stream holds (an HTTP response).
     * Never called with {@code null}.
     */
    Flow.Publisher<?> elements(S stream);

    /**
     * What the caller receives: a stream of type {@code S} over {@code elements}. It must not
     * subscribe before the caller consumes it, and must subscribe once per consumption at most: a
     * subscription is what makes the cache look up, join a live stream or call the model.
     */
    S stream(Flow.Publisher<?> elements);

    /**
     * Whether the caller reads {@code S} by blocking (an iterator, a {@code java.util.stream.Stream}):
     * the cache then looks up on the reading thread, which waits for the stream anyway. {@code false}
     * (the default) for reactive types, whose subscriber's thread must never wait on a store: the
     * look-up then runs on the library's own threads unless the store is in memory.
     */
    default boolean pulled() {
        return false;
    }
}
