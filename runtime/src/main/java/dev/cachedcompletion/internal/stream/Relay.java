package dev.cachedcompletion.internal.stream;

import java.util.concurrent.Flow;

/**
 * Stands between a subscriber and a publisher that is known only later (once the cache has looked
 * up, joined or called the model): the subscriber gets this subscription at once; its requests and
 * cancel are kept until the real publisher subscribes, then passed on; the publisher's signals are
 * passed back unchanged.
 */
final class Relay implements Flow.Subscription, Flow.Subscriber<Object> {

    private final Flow.Subscriber<? super Object> downstream;
    private Flow.Subscription upstream;
    private long pending;
    private boolean cancelled;

    Relay(Flow.Subscriber<? super Object> downstream) {
        this.downstream = downstream;
    }

    /** Whether the subscriber cancelled before the publisher was known: then there is nothing to do. */
    synchronized boolean cancelled() {
        return cancelled;
    }

    /** Subscribes to the publisher now known. */
    @SuppressWarnings("unchecked")
    void connect(Flow.Publisher<?> publisher) {
        if (publisher == null) {
            failed(new NullPointerException("no stream to relay"));
            return;
        }
        ((Flow.Publisher<Object>) publisher).subscribe(this);
    }

    /** The publisher could not be had: the subscriber gets the failure, unless it cancelled. */
    void failed(Throwable failure) {
        if (!cancelled()) {
            downstream.onError(failure);
        }
    }

    @Override
    public void request(long n) {
        Flow.Subscription s;
        synchronized (this) {
            s = upstream;
            if (s == null) {
                pending = n <= 0 ? n : pending + n < 0 ? Long.MAX_VALUE : pending + n;
                return;
            }
        }
        s.request(n);
    }

    @Override
    public void cancel() {
        Flow.Subscription s;
        synchronized (this) {
            cancelled = true;
            s = upstream;
        }
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        long asked;
        boolean cancel;
        synchronized (this) {
            if (upstream != null) {
                subscription.cancel();
                return;
            }
            upstream = subscription;
            asked = pending;
            cancel = cancelled;
            pending = 0;
        }
        if (cancel) {
            subscription.cancel();
        } else if (asked != 0) {
            subscription.request(asked);
        }
    }

    @Override
    public void onNext(Object item) {
        downstream.onNext(item);
    }

    @Override
    public void onError(Throwable failure) {
        downstream.onError(failure);
    }

    @Override
    public void onComplete() {
        downstream.onComplete();
    }
}
