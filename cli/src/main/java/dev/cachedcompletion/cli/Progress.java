package dev.cachedcompletion.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.LongToIntFunction;
import java.util.function.LongSupplier;

/**
 * Progress of a long export or import on stderr: at most one line per {@link #INTERVAL}, the first
 * only once the operation has run that long, so that short runs print nothing. Each line has the
 * count, the share done where it is known, and the rate since the start. Not thread-safe.
 */
final class Progress {

    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final String operation;
    private final String unit;
    private final LongToIntFunction percentDone;
    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private long lastReportNanos;
    private long count;

    /**
     * @param operation   what is done, such as {@code export}
     * @param unit        what is counted, plural, such as {@code entries}
     * @param percentDone the share done so far (0 to 100, or negative when unknown) given the count
     */
    Progress(String operation, String unit, LongToIntFunction percentDone, PrintWriter err, LongSupplier nanoTime) {
        this.operation = operation;
        this.unit = unit;
        this.percentDone = percentDone;
        this.err = err;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.lastReportNanos = startNanos;
    }

    /** Counts one more unit and reports if the interval has passed since the last report. */
    void step() {
        count++;
        long now = nanoTime.getAsLong();
        if (now - lastReportNanos >= INTERVAL.toNanos()) {
            lastReportNanos = now;
            report(now);
        }
    }

    long count() {
        return count;
    }

    private void report(long now) {
        double seconds = (now - startNanos) / 1e9;
        int percent = percentDone.applyAsInt(count);
        err.println(operation + ": " + count + " " + unit + (percent >= 0 ? " (" + percent + "%)" : "")
                + ", " + Math.round(count / seconds) + " " + unit + "/s");
        err.flush();
    }
}
