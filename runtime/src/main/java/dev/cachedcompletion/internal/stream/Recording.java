package dev.cachedcompletion.internal.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

/**
 * One streamed answer and the subscribers reading it. Live, it subscribes to the model's stream (a
 * client's handler feeds it through a {@link PushFeed}), keeps every element with the time it arrived, and serves any number
 * of subscribers, each from the first element and at its own demand: the caller who started it and
 * the callers who joined it while it ran. Replayed, it serves a stored answer the same way.
 *
 * <ul>
 *   <li>Elements reach subscribers as they arrive; the model's stream is asked for as many elements as
 *       the most demanding subscriber wants (a slower one reads what is kept).</li>
 *   <li>When the model's stream ends, the {@link StreamListener} is told first (it stores the answer)
 *       and only then do subscribers get the end, so a call made at once after a completed stream
 *       finds it stored. A failure reaches every subscriber unchanged.</li>
 *   <li>When every subscriber has cancelled before the end, the model's stream is cancelled and the
 *       recording is abandoned: never stored, and a caller who arrives later cannot join it.</li>
 * </ul>
 * Thread-safe: the state is guarded by one lock, held only to change or read it, never while a
 * subscriber is signalled.
 */
public final class Recording implements Flow.Publisher<Object>, Flow.Subscriber<Object> {

    private enum State { LIVE, ENDING, ENDED, ABANDONED }

    /** What {@link #end} holds once a stream completed normally. */
    static final Object COMPLETED = new Object();

    private final Object lock = new Object();
    private final List<Object> elements;
    private long[] offsets;
    private final List<byte[]> encoded;
    private final ElementEncoder encoder;
    private final StreamListener listener;
    private final long startNanos = System.nanoTime();
    /** The pace of a replay, or {@code null} to serve at once. */
    private final RecordedStream paced;
    private final CopyOnWriteArrayList<Cursor> cursors = new CopyOnWriteArrayList<>();
    private State state;
    private RuntimeException encodingFailure;
    private Flow.Subscription upstream;
    private long upstreamRequested;
    private long upstreamWanted;
    private volatile int published;
    /** {@code null} while the stream goes on; {@link #COMPLETED} or the failure once subscribers may see the end. */
    private volatile Object end;

    private Recording(List<Object> elements, long[] offsets, ElementEncoder encoder, StreamListener listener,
            RecordedStream paced, State state) {
        this.elements = elements;
        this.offsets = offsets;
        this.encoded = encoder == null ? null : new ArrayList<>();
        this.encoder = encoder;
        this.listener = listener;
        this.paced = paced;
        this.state = state;
        this.published = elements.size();
        this.end = state == State.ENDED ? COMPLETED : null;
    }

    /**
     * A recording of a live stream, to subscribe to the model's stream (a client's handler reaches it
     * through a {@link PushFeed}). {@code encoder} encodes each element as it arrives.
     */
    public static Recording live(ElementEncoder encoder, StreamListener listener) {
        return new Recording(new ArrayList<>(), new long[16], encoder, listener, null, State.LIVE);
    }

    /** A stored answer, served to each subscriber at once, or at its recorded pace if {@code paced}. */
    public static Recording replay(RecordedStream recorded, boolean paced) {
        return new Recording(recorded.elements(), recorded.offsetsForReading(), null, null, paced ? recorded : null,
                State.ENDED);
    }

    /** Serves {@code subscriber} from the first element. */
    @Override
    public void subscribe(Flow.Subscriber<? super Object> subscriber) {
        if (!join(subscriber)) {
            Cursor.refuse(subscriber, new CancellationException("the stream was cancelled by all its callers"));
        }
    }

    /**
     * Serves {@code subscriber} from the first element, unless the recording was abandoned: then
     * {@code false}, and the caller should make its own call.
     */
    public boolean join(Flow.Subscriber<? super Object> subscriber) {
        return join(subscriber, () -> { });
    }

    /**
     * As {@link #join(Flow.Subscriber)}; {@code joined} runs once the subscriber is in, before it is
     * sent anything (so that what it is counted as is known before it can see the end).
     */
    public boolean join(Flow.Subscriber<? super Object> subscriber, Runnable joined) {
        Cursor cursor = new Cursor(this, subscriber, paced);
        synchronized (lock) {
            if (state == State.ABANDONED) {
                return false;
            }
            cursors.add(cursor);
        }
        try {
            joined.run();
        } finally {
            cursor.start();
        }
        return true;
    }

    // ---- the model's side ----

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        long wanted;
        synchronized (lock) {
            if (upstream != null || state != State.LIVE) {
                subscription.cancel();
                return;
            }
            upstream = subscription;
            wanted = upstreamWanted;
            upstreamRequested = wanted;
        }
        if (wanted > 0) {
            subscription.request(wanted);
        }
    }

    @Override
    public void onNext(Object element) {
        if (element == null) {
            onError(new NullPointerException("the stream sent a null element (Reactive Streams rule 2.13)"));
            return;
        }
        byte[] bytes = encodeOrRemember(element);
        synchronized (lock) {
            if (state != State.LIVE) {
                return;
            }
            if (elements.size() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[elements.size()] = (System.nanoTime() - startNanos) / 1_000_000;
            elements.add(element);
            if (encoded != null) {
                encoded.add(bytes);
            }
            published = elements.size();
        }
        drainAll();
    }

    /** Encoded before any subscriber sees the element, so that nothing a caller does to it is stored. */
    private byte[] encodeOrRemember(Object element) {
        if (encoder == null || encodingFailure != null) {
            return null;
        }
        try {
            return encoder.encode(element);
        } catch (RuntimeException e) {
            encodingFailure = e;
        } catch (Throwable e) {
            encodingFailure = new IllegalStateException("cannot encode a streamed element: " + e, e);
        }
        return null;
    }

    @Override
    public void onError(Throwable failure) {
        if (endOnce()) {
            try {
                listener.failed(failure, () -> finish(failure));
            } catch (Throwable e) {
                finish(failure);
            }
        }
    }

    @Override
    public void onComplete() {
        if (!endOnce()) {
            return;
        }
        RecordedStream whole;
        try {
            synchronized (lock) {
                whole = new RecordedStream(elements, Arrays.copyOf(offsets, elements.size()), encoded, encodingFailure);
            }
        } catch (Throwable e) {
            // Never expected; the subscribers still get their complete stream, which is not stored.
            try {
                listener.abandoned();
            } finally {
                finish(COMPLETED);
            }
            return;
        }
        try {
            listener.completed(whole, () -> finish(COMPLETED));
        } catch (Throwable e) {
            finish(COMPLETED);
        }
    }

    private boolean endOnce() {
        synchronized (lock) {
            if (state != State.LIVE) {
                return false;
            }
            state = State.ENDING;
            return true;
        }
    }

    private void finish(Object how) {
        synchronized (lock) {
            if (state != State.ENDING) {
                return;
            }
            state = State.ENDED;
        }
        end = how;
        drainAll();
    }

    // ---- the subscribers' side ----

    int published() {
        return published;
    }

    Object end() {
        return end;
    }

    Object element(int index) {
        synchronized (lock) {
            return elements.get(index);
        }
    }

    long offsetMillis(int index) {
        synchronized (lock) {
            return offsets[index];
        }
    }

    /** A subscriber has asked for {@code total} elements in all: ask the model's stream for as many. */
    void wants(long total) {
        Flow.Subscription s;
        long more;
        synchronized (lock) {
            if (total <= upstreamWanted || state != State.LIVE) {
                return;
            }
            upstreamWanted = total;
            s = upstream;
            if (s == null) {
                return; // asked for when the model's stream subscribes
            }
            more = total == Long.MAX_VALUE ? Long.MAX_VALUE : total - upstreamRequested;
            upstreamRequested = total;
        }
        if (more > 0) {
            s.request(more);
        }
    }

    /** A subscriber cancelled or was served to the end. */
    void leave(Cursor cursor, boolean cancelled) {
        Flow.Subscription s;
        synchronized (lock) {
            cursors.remove(cursor);
            if (!cancelled || !cursors.isEmpty() || state != State.LIVE) {
                return;
            }
            state = State.ABANDONED;
            s = upstream;
        }
        try {
            if (s != null) {
                s.cancel();
            }
        } finally {
            listener.abandoned();
        }
    }

    private void drainAll() {
        for (Cursor cursor : cursors) {
            cursor.drain();
        }
    }
}
