package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.CachedStreams;
import dev.cachedcompletion.benchmarks.support.CachedStreams.Method;
import dev.cachedcompletion.benchmarks.support.Tokens;
import dev.cachedcompletion.spi.CompletionStore;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * How much heap the memory store retains for streamed answers against its byte bound: fills a
 * {@code memory?maxBytes=<bound>} store through real calls (misses, each read to its end) with
 * {@code entries} answers of {@value Tokens#COUNT} short strings, more than the bound holds, then
 * compares the heap retained (used heap after full GCs, minus the same before filling) with the
 * bound, as {@link MemoryFootprint} does for single answers.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}); arguments are
 * entries and bound:
 * <pre>
 * java -Xmx6g -cp benchmarks/target/benchmarks.jar dev.cachedcompletion.benchmarks.StreamFootprint 40000 64m
 * </pre>
 * It prints one line: {@code stream-footprint entries=... bound=... kept=... retained=... ratio=...}.
 */
public final class StreamFootprint {

    private StreamFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        String bound = args.length > 1 ? args[1] : "64m";

        CachedStreams streams = CachedStreams.onMemory("memory?maxBytes=" + bound);
        streams.readToTheEnd(Method.FLUX, "resolves the call site and loads the classes before the baseline");
        CachedCompletions.clear();
        CompletionStore store = CachedCompletions.store();

        long before = MemoryFootprint.usedHeapAfterGc();
        for (int i = 0; i < entries; i++) {
            streams.readToTheEnd(Method.FLUX, streams.freshPrompt());
        }
        long after = MemoryFootprint.usedHeapAfterGc();
        long kept = (Long) MemoryFootprint.call(store, "size");
        long weighed = (Long) MemoryFootprint.call(store, "weightedSize");
        Reference.reachabilityFence(store);

        long boundBytes = MemoryFootprint.parseBytes(bound);
        long retained = after - before;
        System.out.printf(Locale.ROOT, "stream-footprint entries=%d elements=%d bound=%d kept=%d weighed=%d retained=%d "
                + "ratio=%.3f bytesPerEntry=%.1f weightPerEntry=%.1f%n",
                entries, Tokens.COUNT, boundBytes, kept, weighed, retained, (double) retained / boundBytes,
                (double) retained / kept, (double) weighed / kept);
        streams.close();
    }
}
