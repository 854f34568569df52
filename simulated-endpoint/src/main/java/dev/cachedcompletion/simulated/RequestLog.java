package dev.cachedcompletion.simulated;

import java.util.ArrayList;
import java.util.List;

/**
 * What the endpoint has received and answered since it started or was last reset. Thread-safe: one
 * lock, because a reset must clear the count and the bodies together.
 */
final class RequestLog {

    private final List<String> bodies = new ArrayList<>();
    private int answered;
    private int streamed;

    synchronized void received(String body) {
        bodies.add(body);
    }

    /** @param stream whether the answer is sent as a stream of chunks rather than whole */
    synchronized void answered(boolean stream) {
        answered++;
        if (stream) {
            streamed++;
        }
    }

    synchronized int answeredCount() {
        return answered;
    }

    /** How many of {@link #answeredCount()} were streamed. */
    synchronized int streamedCount() {
        return streamed;
    }

    synchronized List<String> bodies() {
        return List.copyOf(bodies);
    }

    synchronized void reset() {
        bodies.clear();
        answered = 0;
        streamed = 0;
    }
}
