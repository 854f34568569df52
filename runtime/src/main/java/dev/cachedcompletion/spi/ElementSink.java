package dev.cachedcompletion.spi;

/**
 * Where a {@link StreamingHandlerAdapter#recorder recording handler} sends what the model streams.
 * Thread-safe: the client may call it from any thread, though calls for one stream come one at a
 * time. Calls after {@link #complete} or {@link #error} are ignored.
 *
 * @param <E> the element type
 */
public interface ElementSink<E> {

    /** The next element, in the order the model sent it. */
    void next(E element);

    /** The stream ended normally, after its last element. */
    void complete();

    /** The stream failed; {@code failure} reaches the caller unchanged. */
    void error(Throwable failure);

    /**
     * What stops the client's stream (a streaming handle's {@code cancel}), run when every caller
     * has cancelled. Optional; without it an abandoned stream runs to its end unrecorded.
     */
    default void onCancel(Runnable cancel) {
    }
}
