package dev.cachedcompletion.redis.fleet;

import java.util.Arrays;

/** Call durations in nanoseconds, summarized for assertions and for the build log. */
final class Latencies {

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    void add(long durationNanos) {
        nanos[count++] = durationNanos;
    }

    double medianMillis() {
        return percentileMillis(50);
    }

    double percentileMillis(int p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = Math.min(count - 1, (int) Math.ceil(p / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** How many calls took at least {@code millis}. */
    long countAtLeastMillis(double millis) {
        return Arrays.stream(nanos, 0, count).filter(n -> n >= millis * 1e6).count();
    }

    double maxMillis() {
        return Arrays.stream(nanos, 0, count).max().orElse(0) / 1e6;
    }

    @Override
    public String toString() {
        return String.format("%d calls: median %.3f ms, p99 %.3f ms, max %.3f ms",
                count, medianMillis(), percentileMillis(99), maxMillis());
    }
}
