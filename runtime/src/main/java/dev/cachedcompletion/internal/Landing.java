package dev.cachedcompletion.internal;

import dev.cachedcompletion.internal.stream.ElementEncoder;
import dev.cachedcompletion.internal.stream.Recording;
import dev.cachedcompletion.spi.Lease;
import java.util.function.Supplier;

/**
 * Where a body's answer goes once complete: encoded and stored (on the shape's executor), then the
 * flight lands and the lease is released — in that order, so that a caller arriving after the
 * landing finds the answer stored, and a process waiting on the lease finds it too. Lands exactly
 * once, whatever fails.
 */
final class Landing implements ResultShape.Answer {

    private final Call call;
    /** {@code null} for a caller running alone (re-entry, or a follower with nothing to share). */
    private final Flight flight;
    private final Lease lease;
    private final Flights flights;
    private final StoreGuard guard;
    private long startNanos;

    Landing(Call call, Flight flight, Lease lease, Flights flights, StoreGuard guard) {
        this.call = call;
        this.flight = flight;
        this.lease = lease;
        this.flights = flights;
        this.guard = guard;
    }

    void start() {
        startNanos = System.nanoTime();
        if (flight != null) {
            flight.enterBody();
        }
    }

    void leftBody() {
        if (flight != null) {
            flight.leaveBody();
        }
    }

    @Override
    public void completed(Object answer, Runnable then) {
        call.site.stats.bodyTook(System.nanoTime() - startNanos);
        handle(() -> answer == null ? Shared.NULL_RESULT
                : guard.save(call.site, call.store, call.key, answer, call.writes()), then);
    }

    @Override
    public void failed(Throwable failure, Runnable then) {
        handle(() -> new Shared.Failed(failure), then);
    }

    @Override
    public void abandoned() {
        handle(() -> Shared.NOT_SHAREABLE, () -> { });
    }

    @Override
    public void streaming(Recording live) {
        if (flight != null) {
            flight.streaming(live);
        }
    }

    @Override
    public ElementEncoder elementEncoder() {
        return call.site.elementEncoder();
    }

    /** Works out what to share on the shape's store executor, lands, then lets the caller go on. */
    private void handle(Supplier<Shared> outcome, Runnable then) {
        try {
            call.site.shape.storeExecutor().execute(() -> landThen(outcome, then));
        } catch (Throwable rejected) {
            call.site.stats.error();
            call.site.writeFailures.failed(call.store, rejected);
            landThen(() -> Shared.NOT_SHAREABLE, then);
        }
    }

    private void landThen(Supplier<Shared> outcome, Runnable then) {
        Shared shared = Shared.NOT_SHAREABLE;
        try {
            shared = outcome.get();
        } finally {
            try {
                land(shared);
            } finally {
                then.run();
            }
        }
    }

    private void land(Shared shared) {
        try {
            if (flight != null) {
                flights.land(call.flightKey, flight, shared);
            }
        } finally {
            guard.release(call.site, call.store, lease);
        }
    }
}
