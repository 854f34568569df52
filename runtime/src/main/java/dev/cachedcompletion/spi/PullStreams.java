package dev.cachedcompletion.spi;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Bridges between pull streams (an {@link Iterator}, a {@link Stream}, a client's blocking streaming
 * response) and {@link Flow.Publisher}s, for {@link StreamAdapter}s of pull-based stream types.
 * Both directions keep the pull: nothing is read from the source before a consumer asks for it.
 */
public final class PullStreams {

    private PullStreams() {
    }

    /**
     * A publisher for one subscriber that reads {@code source} on the thread that requests elements,
     * as many as requested, and closes {@code resource} once the source is exhausted, fails or the
     * subscriber cancels. A cancel from another thread closes {@code resource} at once, which is how a
     * read blocked on a network connection is ended.
     */
    public static <T> Flow.Publisher<T> publisher(Iterator<? extends T> source, AutoCloseable resource) {
        return new IteratorPublisher<>(source, resource);
    }

    /**
     * A sequential stream over the elements of {@code elements}, subscribed when the stream is first
     * read. It requests one element at a time, so the publisher is read no faster than the stream is
     * consumed; a read waits for the next element as long as the publisher takes to send it. Closing
     * the stream cancels the subscription. A failure of the publisher is thrown by the read that meets
     * it: a {@code RuntimeException} or {@code Error} as it is, any other exception wrapped in a
     * {@link StreamFailedException}.
     */
    public static <T> Stream<T> stream(Flow.Publisher<? extends T> elements) {
        BlockingIterator<T> iterator = new BlockingIterator<>(elements);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                .onClose(iterator::close);
    }

    /** A checked exception that ended a stream read through {@link #stream}. */
    public static final class StreamFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StreamFailedException(Throwable cause) {
            super("the stream failed: " + cause, cause);
        }
    }
}
