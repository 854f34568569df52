package dev.cachedcompletion.support;

import dev.cachedcompletion.spi.StreamAdapter;
import java.util.concurrent.Flow;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;

/**
 * The stream adapter of methods returning Reactor's {@code Flux<T>}. Loaded only by the generated
 * code of such methods, so reactor-core is needed on the class path only by applications that
 * return {@code Flux}.
 */
public final class FluxStreams implements StreamAdapter<Flux<?>> {

    @Override
    public Flow.Publisher<?> elements(Flux<?> stream) {
        return JdkFlowAdapter.publisherToFlowPublisher(stream);
    }

    @Override
    public Flux<?> stream(Flow.Publisher<?> elements) {
        return JdkFlowAdapter.flowPublisherToFlux(elements);
    }
}
