package dev.cachedcompletion.benchmarks.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Subscription;

/**
 * A subscriber for one measured stream, for Reactor's and for {@code java.util.concurrent.Flow}'s
 * interfaces alike. {@link #toTheEnd()} asks for everything and is done at the completion signal;
 * {@link #firstOnly()} asks for one element and is done when it arrives, then cancels. Signals may come
 * on any thread (a store's or a stream look-up thread); {@link #await()} blocks the measuring thread
 * until done, as a caller who waits for the answer would, and fails on an error, a wrong element count
 * or after ten seconds.
 */
public final class StreamProbe implements org.reactivestreams.Subscriber<String>, Flow.Subscriber<String> {

    private final boolean toTheEnd;
    private final CountDownLatch done = new CountDownLatch(1);
    private Runnable cancel;
    private int received;
    private String last;
    private volatile Throwable failure;

    private StreamProbe(boolean toTheEnd) {
        this.toTheEnd = toTheEnd;
    }

    /** Reads the whole stream. */
    public static StreamProbe toTheEnd() {
        return new StreamProbe(true);
    }

    /** Reads the first element only, then cancels. */
    public static StreamProbe firstOnly() {
        return new StreamProbe(false);
    }

    @Override
    public void onSubscribe(Subscription s) {
        cancel = s::cancel;
        s.request(toTheEnd ? Long.MAX_VALUE : 1);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        cancel = s::cancel;
        s.request(toTheEnd ? Long.MAX_VALUE : 1);
    }

    @Override
    public void onNext(String element) {
        received++;
        last = element;
        if (!toTheEnd) {
            cancel.run();
            done.countDown();
        }
    }

    @Override
    public void onError(Throwable t) {
        failure = t;
        done.countDown();
    }

    @Override
    public void onComplete() {
        done.countDown();
    }

    /** Waits until done and returns the last element received. */
    public String await() {
        try {
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the stream neither ended nor sent an element within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the stream", e);
        }
        if (failure != null) {
            throw new IllegalStateException("the stream failed: " + failure, failure);
        }
        int expected = toTheEnd ? Tokens.COUNT : 1;
        if (received != expected || !last.equals(Tokens.ELEMENTS.get(expected - 1))) {
            throw new IllegalStateException("received " + received + " elements ending with '" + last
                    + "'; expected " + expected + " ending with '" + Tokens.ELEMENTS.get(expected - 1) + "'");
        }
        return last;
    }
}
