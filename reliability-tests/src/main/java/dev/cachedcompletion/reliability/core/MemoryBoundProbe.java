package dev.cachedcompletion.reliability.core;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Forked-JVM entry point: writes {@code count} distinct String results and {@code count} distinct
 * List results of {@code size} characters each through woven methods, into whatever store
 * {@code -Dcachedcompletion.store} names, and prints {@code name=value} lines: bytes written, heap
 * retained after a full collection (at checkpoints and at the end) against the baseline taken after
 * warm-up, and how many of a sample of the written values are still hits.
 */
public final class MemoryBoundProbe {

    private static final int CHECKPOINTS = 8;
    private static final int SAMPLE = 16;

    private MemoryBoundProbe() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        int size = Integer.parseInt(args[1]);
        BigValueService service = new BigValueService();
        // Loads every class of both paths (miss and hit) so that the baseline holds them.
        for (int i = 0; i < 2; i++) {
            service.text(-1, 1000);
            service.lines(-1, 1000);
        }
        long baseline = usedHeapAfterFullGc();
        long written = 0;
        long maxRetained = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            written += service.text(i, size).length();
            written += totalLength(service.lines(i, size));
            if ((i + 1) % Math.max(1, count / CHECKPOINTS) == 0) {
                maxRetained = Math.max(maxRetained, usedHeapAfterFullGc() - baseline);
            }
        }
        long writeMillis = (System.nanoTime() - started) / 1_000_000;
        long retained = usedHeapAfterFullGc() - baseline;
        int callsBefore = service.calls.get();
        for (int i = 0; i < count; i += Math.max(1, count / SAMPLE)) {
            service.text(i, size);
            service.lines(i, size);
        }
        int sampleAsked = 2 * (int) Math.ceil(count / (double) Math.max(1, count / SAMPLE));
        int sampleMisses = service.calls.get() - callsBefore;
        System.out.println("writtenBytes=" + written);
        System.out.println("bodyCalls=" + callsBefore);
        System.out.println("baselineHeap=" + baseline);
        System.out.println("retainedHeap=" + retained);
        System.out.println("maxRetainedHeapAtCheckpoints=" + Math.max(maxRetained, retained));
        System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
        System.out.println("sampleAsked=" + sampleAsked);
        System.out.println("sampleHits=" + (sampleAsked - sampleMisses));
        System.out.println("writeMillis=" + writeMillis);
        System.out.println("gc=" + ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());
        System.out.println("done=true");
    }

    private static long totalLength(List<String> lines) {
        long n = 0;
        for (String line : lines) {
            n += line.length();
        }
        return n;
    }

    /** Heap in use after two explicit full collections: what the live objects, the cache among them, retain. */
    private static long usedHeapAfterFullGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
