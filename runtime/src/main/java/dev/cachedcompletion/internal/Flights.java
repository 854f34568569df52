package dev.cachedcompletion.internal;

import java.util.concurrent.ConcurrentHashMap;

/** The calls in flight in this JVM, one per {@link FlightKey}. Thread-safe. */
final class Flights {

    private final ConcurrentHashMap<FlightKey, Flight> inFlight = new ConcurrentHashMap<>();

    /** Registers {@code mine} as the leader for {@code key}; returns the flight already running, or {@code null}. */
    Flight lead(FlightKey key, Flight mine) {
        return inFlight.putIfAbsent(key, mine);
    }

    /** Ends the flight: later callers start their own, followers get {@code shared}. */
    void land(FlightKey key, Flight flight, Shared shared) {
        inFlight.remove(key, flight);
        flight.land(shared);
    }
}
