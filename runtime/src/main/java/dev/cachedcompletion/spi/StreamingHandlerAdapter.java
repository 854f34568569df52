package dev.cachedcompletion.spi;

/**
 * Lets a {@code @CachedCompletion} method that streams its answer into a handler parameter be
 * cached, the way LangChain4j's {@code StreamingChatModel.chat(request, handler)} is called: a
 * {@code void} method with one parameter of the handler type {@code H}. That parameter is where the
 * answer goes, so it is not part of the key. On a miss the method body runs with a
 * {@linkplain #recorder recording handler} in place of the caller's; what the model sends is recorded
 * as elements of type {@code E} and delivered to the caller's handler (and to callers who joined
 * the same live stream); once the stream completed normally the elements are stored. On a hit the
 * caller's handler receives the recorded elements, as from the model.
 *
 * <p>Registered for {@code H} with a class-path resource named
 * {@code dev/cachedcompletion/spi/handlers/<binary name of H>} whose only line is the adapter's binary
 * class name. The elements are stored with the codec registered for {@code E}, or Jackson.
 * Implementations are public, have a public no-argument constructor, and are stateless and
 * thread-safe.
 *
 * @param <H> the handler type
 * @param <E> the recorded element type; the last element of a complete answer says that it is the end
 */
public interface StreamingHandlerAdapter<H, E> {

    /**
     * The handler the method body receives instead of the caller's: it turns every callback of the
     * client into {@link ElementSink#next} and ends with {@link ElementSink#complete} (after the
     * element that carries the complete response) or {@link ElementSink#error}. It may be called on
     * any thread, and before this method returns.
     */
    H recorder(ElementSink<E> sink);

    /**
     * Hands one recorded element to the caller's handler. {@code cancel} stops the delivery of the
     * rest to this handler (what a client's streaming handle would do).
     */
    void deliver(H handler, E element, Runnable cancel);

    /** Tells the caller's handler that the stream failed: the model's own error, unchanged. */
    void fail(H handler, Throwable failure);
}
