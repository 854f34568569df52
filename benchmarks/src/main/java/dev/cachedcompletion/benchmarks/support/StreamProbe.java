package dev.cachedcompletion.benchmarks.support;

import java.util.List;
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
 * or last element, or after ten seconds.
 */
public final class StreamProbe implements org.reactivestreams.Subscriber<String>, Flow.Subscriber<String> {

    private final boolean toTheEnd;
    private final List<String> expected;
    private final CountDownLatch done = new CountDownLatch(1);
    private Runnable cancel;
    private int received;
    private String last;
    private volatile Throwable failure;

    private StreamProbe(boolean toTheEnd, List<String> expected) {
        this.toTheEnd = toTheEnd;
        this.expected = expected;
    }

    /** Reads the whole stream, which should be {@link Tokens#ELEMENTS}. */
    public static StreamProbe toTheEnd() {
        return toTheEnd(Tokens.ELEMENTS);
    }

    /** Reads the whole stream, which should be {@code expected}. */
    public static StreamProbe toTheEnd(List<String> expected) {
        return new StreamProbe(true, expected);
    }

    /** Reads the first element only, which should be the first of {@link Tokens#ELEMENTS}, then cancels. */
    public static StreamProbe firstOnly() {
        return firstOnly(Tokens.ELEMENTS);
    }

    /** Reads the first element only, which should be the first of {@code expected}, then cancels. */
    public static StreamProbe firstOnly(List<String> expected) {
        return new StreamProbe(false, expected);
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
        int count = toTheEnd ? expected.size() : 1;
        if (received != count || !expected.get(count - 1).equals(last)) {
            throw new IllegalStateException("received " + received + " elements ending with '" + last
                    + "'; expected " + count + " ending with '" + expected.get(count - 1) + "'");
        }
        return last;
    }
}
