package dev.cachedcompletion.it.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Subscription;
import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;

/** What one subscriber of a stream received, in order, with waits bounded at 10 seconds. */
final class Received<T> extends BaseSubscriber<T> {

    private final LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    private final List<T> elements = new ArrayList<>();
    private static final Object COMPLETE = new Object();

    static <T> Received<T> from(Flux<T> stream) {
        Received<T> received = new Received<>();
        stream.subscribe(received);
        return received;
    }

    @Override
    protected void hookOnSubscribe(Subscription subscription) {
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    protected void hookOnNext(T value) {
        signals.add(new Element(value));
    }

    @Override
    protected void hookOnComplete() {
        signals.add(COMPLETE);
    }

    @Override
    protected void hookOnError(Throwable failure) {
        signals.add(failure);
    }

    /** The next element; fails if the stream ended or nothing came. */
    @SuppressWarnings("unchecked")
    T next() throws InterruptedException {
        Object signal = take();
        assertThat(signal).as("the next signal").isInstanceOf(Element.class);
        T value = (T) ((Element) signal).value;
        elements.add(value);
        return value;
    }

    /** Reads to the end; fails unless the stream completed normally. */
    List<T> rest() throws InterruptedException {
        while (true) {
            Object signal = take();
            if (signal == COMPLETE) {
                return elements;
            }
            if (signal instanceof Throwable failure) {
                throw new AssertionError("the stream failed", failure);
            }
            next(signal);
        }
    }

    @SuppressWarnings("unchecked")
    private void next(Object signal) {
        elements.add((T) ((Element) signal).value);
    }

    /** Reads to the end; returns the failure the stream ended with, failing if it completed. */
    Throwable failure() throws InterruptedException {
        while (true) {
            Object signal = take();
            if (signal == COMPLETE) {
                throw new AssertionError("the stream completed, though a failure was expected");
            }
            if (signal instanceof Throwable failure) {
                return failure;
            }
            next(signal);
        }
    }

    /** Whether anything arrived that has not been read. */
    boolean hasPending() {
        return !signals.isEmpty();
    }

    private Object take() throws InterruptedException {
        Object signal = signals.poll(10, TimeUnit.SECONDS);
        if (signal == null) {
            throw new AssertionError("nothing arrived within 10 seconds");
        }
        return signal;
    }

    private record Element(Object value) {
    }
}
