package dev.cachedcompletion.support;

import dev.cachedcompletion.spi.StreamAdapter;
import java.util.concurrent.Flow;

/** The stream adapter of methods returning {@code java.util.concurrent.Flow.Publisher<T>}. */
public final class FlowPublisherStreams implements StreamAdapter<Flow.Publisher<?>> {

    @Override
    public Flow.Publisher<?> elements(Flow.Publisher<?> stream) {
        return stream;
    }

    @Override
    public Flow.Publisher<?> stream(Flow.Publisher<?> elements) {
        return elements;
    }
}
