package dev.cachedcompletion.spi;

import java.util.Iterator;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** {@link PullStreams#publisher}: reads an iterator on the requesting thread, one subscriber. */
final class IteratorPublisher<T> implements Flow.Publisher<T> {

    private final Iterator<? extends T> source;
    private final AutoCloseable resource;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    IteratorPublisher(Iterator<? extends T> source, AutoCloseable resource) {
        this.source = source;
        this.resource = resource;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super T> subscriber) {
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onError(new IllegalStateException("this stream can be read once"));
            return;
        }
        subscriber.onSubscribe(new Reading(subscriber));
    }

    private final class Reading implements Flow.Subscription {
        private final Flow.Subscriber<? super T> subscriber;
        private final AtomicLong requested = new AtomicLong();
        /** Serializes reads: the thread that raises it from 0 reads for every request meanwhile. */
        private final AtomicInteger readers = new AtomicInteger();
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile boolean cancelled;
        private boolean done;

        Reading(Flow.Subscriber<? super T> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("request(" + n + "): a request must be positive"));
                return;
            }
            requested.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
            if (readers.getAndIncrement() == 0) {
                read();
            }
        }

        private void read() {
            int missed = 1;
            while (true) {
                while (!cancelled && !done && requested.get() > 0) {
                    readOne();
                }
                missed = readers.addAndGet(-missed);
                if (missed == 0) {
                    return;
                }
            }
        }

        private void readOne() {
            T next;
            try {
                if (!source.hasNext()) {
                    done = true;
                    close();
                    if (!cancelled) {
                        subscriber.onComplete();
                    }
                    return;
                }
                next = source.next();
            } catch (Throwable failure) {
                done = true;
                close();
                if (!cancelled) {
                    subscriber.onError(failure);
                }
                return;
            }
            if (requested.get() != Long.MAX_VALUE) {
                requested.decrementAndGet();
            }
            subscriber.onNext(next);
        }

        @Override
        public void cancel() {
            cancelled = true;
            close();
        }

        private void close() {
            if (closed.compareAndSet(false, true)) {
                try {
                    resource.close();
                } catch (Exception ignored) {
                    // Releasing a finished or abandoned response: nothing a reader could act on.
                }
            }
        }
    }
}
