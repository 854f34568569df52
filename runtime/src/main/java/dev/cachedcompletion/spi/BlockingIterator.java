package dev.cachedcompletion.spi;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * {@link PullStreams#stream}: an iterator that subscribes on its first read and asks for one element
 * at a time. Meant for one consuming thread, like any iterator.
 */
final class BlockingIterator<T> implements Iterator<T>, Flow.Subscriber<T> {

    private static final Object COMPLETE = new Object();

    private final Flow.Publisher<? extends T> elements;
    private final LinkedBlockingQueue<Object> signals = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private boolean subscribed;
    private boolean requested;
    private boolean wantsOne;
    private Object next;
    private boolean ended;

    BlockingIterator(Flow.Publisher<? extends T> elements) {
        this.elements = elements;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (ended) {
            return false;
        }
        if (!subscribed) {
            subscribed = true;
            elements.subscribe(this);
        }
        if (!requested) {
            requested = true;
            requestOne();
        }
        Object signal = take();
        requested = false;
        if (signal == COMPLETE) {
            ended = true;
            return false;
        }
        if (signal instanceof Failure failure) {
            ended = true;
            throw rethrown(failure.cause);
        }
        next = signal;
        return true;
    }

    private Object take() {
        try {
            return signals.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            ended = true;
            throw new CancellationException("interrupted while waiting for the next element of a stream");
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Object element = next;
        next = null;
        return (T) element;
    }

    /** Cancels the subscription; a read after this ends the iteration. */
    void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        signals.offer(COMPLETE);
    }

    /** A publisher may call {@code onSubscribe} later, on another thread: the request then waits for it. */
    private synchronized void requestOne() {
        if (subscription != null) {
            subscription.request(1);
        } else {
            wantsOne = true;
        }
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else if (wantsOne) {
            wantsOne = false;
            s.request(1);
        }
    }

    @Override
    public void onNext(T item) {
        signals.offer(item);
    }

    @Override
    public void onError(Throwable failure) {
        signals.offer(new Failure(failure));
    }

    @Override
    public void onComplete() {
        signals.offer(COMPLETE);
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new PullStreams.StreamFailedException(cause);
    }

    private record Failure(Throwable cause) {
    }
}
