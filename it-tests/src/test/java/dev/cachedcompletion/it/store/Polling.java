package dev.cachedcompletion.it.store;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Waits for an entry to expire by calling until the body runs, within a deadline. */
final class Polling {

    private Polling() {
    }

    /** Calls until a call runs the body; returns System.nanoTime() after that call. */
    static long callUntilMiss(AtomicInteger calls, Runnable call, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            int before = calls.get();
            call.run();
            if (calls.get() > before) {
                return System.nanoTime();
            }
            Thread.sleep(20);
        }
        return fail("the entry was still returned after " + deadline);
    }
}
