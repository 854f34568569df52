package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.DistinctAnswerService;
import dev.cachedcompletion.benchmarks.support.Prompts;
import dev.cachedcompletion.spi.CompletionStore;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.reflect.Method;
import java.util.Locale;

/**
 * How much heap the memory store really retains against its byte bound. Fills a
 * {@code memory?maxBytes=<bound>} store through real calls (misses) with {@code entries} distinct
 * prompts of {@code promptBytes} bytes and distinct 512-character answers, more than the bound
 * holds, so that the store ends full; then compares the heap retained (used heap after full GCs,
 * minus the same before filling) with the bound.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}); arguments are
 * entries, prompt bytes, bound:
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar dev.cachedcompletion.benchmarks.MemoryFootprint 1000000 64 256m
 * </pre>
 * It prints one line: {@code footprint entries=... promptBytes=... bound=... kept=... retained=... ratio=...}.
 */
public final class MemoryFootprint {

    private MemoryFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int promptBytes = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        String bound = args.length > 2 ? args[2] : "256m";

        DistinctAnswerService service = new DistinctAnswerService();
        service.complete("resolves the call site and loads the classes before the baseline");
        CachedCompletions.useStore("memory?maxBytes=" + bound);
        CompletionStore store = CachedCompletions.store();

        long before = usedHeapAfterGc();
        String template = Prompts.template(Math.max(Prompts.TOPIC.length(), promptBytes - 8));
        for (int i = 0; i < entries; i++) {
            service.complete(template + i);
        }
        long after = usedHeapAfterGc();
        long kept = (Long) call(store, "size");
        long weighed = (Long) call(store, "weightedSize");
        Reference.reachabilityFence(store);

        long boundBytes = parseBytes(bound);
        long retained = after - before;
        System.out.printf(Locale.ROOT, "footprint entries=%d promptBytes=%d bound=%d kept=%d weighed=%d retained=%d "
                + "ratio=%.3f bytesPerEntry=%.1f weightPerEntry=%.1f%n",
                entries, promptBytes, boundBytes, kept, weighed, retained, (double) retained / boundBytes,
                (double) retained / kept, (double) weighed / kept);
    }

    /** Calls a package-private accessor of the memory store (a measuring tool, not the hot path). */
    static Object call(CompletionStore store, String name) throws Exception {
        Method m = store.getClass().getDeclaredMethod(name);
        m.setAccessible(true);
        return m.invoke(store);
    }

    static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static long parseBytes(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit = switch (t.charAt(t.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
    }
}
