package dev.cachedcompletion.internal.stream;

import dev.cachedcompletion.spi.StreamingHandlerAdapter;
import java.util.concurrent.Flow;

/**
 * Delivers a streamed answer — live, joined or replayed — to a caller's handler, through the
 * handler's adapter. A handler that throws while receiving an element stops the delivery and is
 * told the error, as clients do with their own handlers.
 */
public final class HandlerDelivery implements Flow.Subscriber<Object> {

    private final StreamingHandlerAdapter<Object, Object> adapter;
    private final Object handler;
    private volatile Flow.Subscription subscription;
    private volatile boolean stopped;

    public HandlerDelivery(StreamingHandlerAdapter<Object, Object> adapter, Object handler) {
        this.adapter = adapter;
        this.handler = handler;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(Object element) {
        if (stopped) {
            return;
        }
        try {
            adapter.deliver(handler, element, this::stop);
        } catch (Throwable e) {
            stop();
            adapter.fail(handler, e);
        }
    }

    private void stop() {
        stopped = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    public void onError(Throwable failure) {
        if (!stopped) {
            stopped = true;
            adapter.fail(handler, failure);
        }
    }

    @Override
    public void onComplete() {
        stopped = true; // the last element told the handler that the answer is complete
    }
}
