package dev.cachedcompletion.support;

import dev.cachedcompletion.spi.PullStreams;
import dev.cachedcompletion.spi.StreamAdapter;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * The stream adapter of methods returning {@code java.util.stream.Stream<T>}: the body's stream is
 * read as the caller's stream is consumed (one element at a time, on the consuming thread), and
 * closed once exhausted or when the caller closes its stream. An answer is stored only when the
 * caller read the stream to its end.
 */
public final class JavaStreams implements StreamAdapter<Stream<?>> {

    @Override
    public Flow.Publisher<?> elements(Stream<?> stream) {
        return PullStreams.publisher(stream.iterator(), stream::close);
    }

    @Override
    public Stream<?> stream(Flow.Publisher<?> elements) {
        return PullStreams.stream(elements);
    }

    @Override
    public boolean pulled() {
        return true;
    }
}
