package dev.cachedcompletion.spi;

import java.time.Duration;

/**
 * The pauses of a process that waits for another process's {@link Lease}: it polls the store,
 * pausing 5 ms at first and twice as long after each poll, up to 50 ms, until a deadline. A short
 * model call is seen soon after its answer is stored; a long one costs the store one poll per 50 ms.
 * For implementations of {@link Lease#awaitValue()}. Used by one thread.
 */
public final class LeaseWait {

    private static final long FIRST_PAUSE_MILLIS = 5;
    private static final long MAX_PAUSE_MILLIS = 50;

    private final long deadlineNanos;
    private long pauseMillis = FIRST_PAUSE_MILLIS;

    /** A wait that ends {@code bound} from now; {@code bound} must not be null. */
    public LeaseWait(Duration bound) {
        this.deadlineNanos = System.nanoTime() + bound.toNanos();
    }

    /**
     * Sleeps until the next poll, never past the deadline.
     *
     * @return {@code false}, without sleeping, once the deadline has passed
     * @throws InterruptedException if the thread is interrupted while it sleeps
     */
    public boolean pause() throws InterruptedException {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        Thread.sleep(Math.min(pauseMillis, Math.max(1, left / 1_000_000)));
        pauseMillis = Math.min(MAX_PAUSE_MILLIS, pauseMillis * 2);
        return true;
    }
}
