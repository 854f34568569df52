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

    synchronized void received(String body) {
        bodies.add(body);
    }

    synchronized void answered() {
        answered++;
    }

    synchronized int answeredCount() {
        return answered;
    }

    synchronized List<String> bodies() {
        return List.copyOf(bodies);
    }

    synchronized void reset() {
        bodies.clear();
        answered = 0;
    }
}
