package dev.cachedcompletion.internal.stream;

import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One subscriber's place in a {@link Recording}: which element it gets next and how many it asked
 * for. Signals to the subscriber are serialized by a work counter (the thread that raises it from
 * zero delivers for everyone who signalled meanwhile), and never made while the recording's lock is
 * held. A paced cursor releases each element at its recorded offset from the subscription.
 */
final class Cursor implements Flow.Subscription {

    private final Recording recording;
    private final Flow.Subscriber<? super Object> subscriber;
    private final RecordedStream pace;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong totalRequested = new AtomicLong();
    private final AtomicInteger work = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile int released;
    private long startNanos;
    private int next;

    Cursor(Recording recording, Flow.Subscriber<? super Object> subscriber, RecordedStream pace) {
        this.recording = recording;
        this.subscriber = subscriber;
        this.pace = pace;
    }

    /** Signals {@code onSubscribe}, holding the work counter so that no element overtakes it. */
    void start() {
        work.set(1);
        startNanos = System.nanoTime();
        try {
            subscriber.onSubscribe(this);
        } catch (Throwable e) {
            cancel();
            return;
        }
        if (pace != null) {
            releaseLater(0);
        }
        deliver(1);
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            fail(new IllegalArgumentException("request(" + n + "): Reactive Streams rule 3.9 wants a positive number"));
            return;
        }
        add(requested, n);
        recording.wants(add(totalRequested, n));
        drain();
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            recording.leave(this, true);
        }
    }

    void drain() {
        if (work.getAndIncrement() == 0) {
            deliver(1);
        }
    }

    private void deliver(int missed) {
        while (true) {
            long wanted = requested.get();
            long sent = 0;
            while (!cancelled) {
                Object end = recording.end(); // read before the count: once ended, the count is final
                int available = pace == null ? recording.published() : Math.min(released, recording.published());
                if (next < available) {
                    if (sent == wanted) {
                        break;
                    }
                    if (!signalNext(recording.element(next++))) {
                        return;
                    }
                    sent++;
                } else {
                    if (end != null && next == recording.published()) {
                        finish(end);
                    }
                    break;
                }
            }
            if (sent != 0 && wanted != Long.MAX_VALUE) {
                requested.addAndGet(-sent);
            }
            missed = work.addAndGet(-missed);
            if (missed == 0) {
                return;
            }
        }
    }

    private boolean signalNext(Object element) {
        try {
            subscriber.onNext(element);
            return true;
        } catch (Throwable e) {
            // A subscriber that throws broke rule 2.13; it gets the error and nothing more.
            fail(e);
            return false;
        }
    }

    private void finish(Object end) {
        cancelled = true;
        recording.leave(this, false);
        if (end == Recording.COMPLETED) {
            subscriber.onComplete();
        } else {
            subscriber.onError((Throwable) end);
        }
    }

    private void fail(Throwable failure) {
        if (!cancelled) {
            cancel();
            subscriber.onError(failure);
        }
    }

    /** Releases element {@code index} of a paced replay at its recorded offset, then schedules the next. */
    private void releaseLater(int index) {
        if (cancelled || index >= pace.size()) {
            return;
        }
        long due = startNanos + TimeUnit.MILLISECONDS.toNanos(pace.offsetMillis(index)) - System.nanoTime();
        PaceClock.schedule(() -> {
            released = index + 1;
            drain();
            releaseLater(index + 1);
        }, Math.max(0, due));
    }

    /** Refuses a subscriber: {@code onSubscribe} with a subscription that does nothing, then {@code onError}. */
    static void refuse(Flow.Subscriber<? super Object> subscriber, Throwable failure) {
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onError(failure);
    }

    private static long add(AtomicLong counter, long n) {
        return counter.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
    }
}
