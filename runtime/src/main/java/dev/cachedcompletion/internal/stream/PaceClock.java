package dev.cachedcompletion.internal.stream;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread that releases the elements of replays made at their recorded pace. Started
 * with the first paced replay; a released element is handed on at once, so one thread serves any
 * number of replays.
 */
final class PaceClock {

    private static final class Holder {
        static final ScheduledThreadPoolExecutor CLOCK = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "cached-completion-pace");
            t.setDaemon(true);
            return t;
        });

        static {
            CLOCK.setRemoveOnCancelPolicy(true);
        }
    }

    private PaceClock() {
    }

    static void schedule(Runnable task, long delayNanos) {
        Holder.CLOCK.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }
}
