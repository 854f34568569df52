package dev.cachedcompletion.internal.stream;

import dev.cachedcompletion.spi.ElementSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * What a client's handler pushes, as a publisher for one subscriber (the {@link Recording}): the
 * client calls the handler whenever the model sends, with no regard for demand, so what arrives
 * before the subscriber is kept and handed over when it subscribes. Cancelling runs the client's
 * cancel, if the handler registered one. Thread-safe.
 */
public final class PushFeed implements ElementSink<Object>, Flow.Publisher<Object> {

    private final List<Object> early = new ArrayList<>();
    private Flow.Subscriber<? super Object> subscriber;
    private Object end;
    private Runnable cancel;
    private boolean cancelled;

    @Override
    public void subscribe(Flow.Subscriber<? super Object> s) {
        List<Object> before;
        Object endBefore;
        synchronized (this) {
            if (subscriber != null) {
                Cursor.refuse(s, new IllegalStateException("a handler's stream is recorded once"));
                return;
            }
            subscriber = s;
            before = new ArrayList<>(early);
            early.clear();
            endBefore = end;
        }
        s.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                // The client pushes at its own pace; the recording keeps what it is sent.
            }

            @Override
            public void cancel() {
                cancelled();
            }
        });
        before.forEach(s::onNext);
        if (endBefore != null) {
            signalEnd(s, endBefore);
        }
    }

    private void cancelled() {
        Runnable run;
        synchronized (this) {
            cancelled = true;
            run = cancel;
        }
        if (run != null) {
            run.run();
        }
    }

    @Override
    public void next(Object element) {
        Flow.Subscriber<? super Object> s;
        synchronized (this) {
            if (end != null || cancelled) {
                return;
            }
            s = subscriber;
            if (s == null) {
                early.add(element);
                return;
            }
        }
        s.onNext(element);
    }

    @Override
    public void complete() {
        ended(Recording.COMPLETED);
    }

    @Override
    public void error(Throwable failure) {
        ended(failure);
    }

    private void ended(Object how) {
        Flow.Subscriber<? super Object> s;
        synchronized (this) {
            if (end != null) {
                return;
            }
            end = how;
            s = subscriber;
        }
        if (s != null) {
            signalEnd(s, how);
        }
    }

    private static void signalEnd(Flow.Subscriber<? super Object> s, Object how) {
        if (how == Recording.COMPLETED) {
            s.onComplete();
        } else {
            s.onError((Throwable) how);
        }
    }

    @Override
    public void onCancel(Runnable cancel) {
        boolean now;
        synchronized (this) {
            this.cancel = cancel;
            now = cancelled;
        }
        if (now) {
            cancel.run();
        }
    }
}
