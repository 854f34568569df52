package dev.cachedcompletion.benchmarks.sqlite;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.Prompts;
import java.util.Locale;

/**
 * A whole program whose only work is one cached call, timed from inside: started with
 * {@code -Dcachedcompletion.store=sqlite:<file>} on a file that holds the answer, it prints
 * {@code firstCallMs=...}, the time of the process's first call to that file (loading the SQLite
 * driver, opening and checking the file, the lookup, decoding). One call through the memory store
 * comes first, untimed, so that the engine's and the codec's classes are loaded and the figure is
 * the store's. Exits with status 2 if the call was a miss.
 */
public final class FirstCall {

    /** The prompt every run asks. */
    static final String PROMPT = Prompts.template(256) + Prompts.TOPIC;

    private FirstCall() {
    }

    public static void main(String[] args) {
        CachedService service = new CachedService();
        CachedCompletions.useStore("memory");
        service.complete(PROMPT); // a miss in memory: loads everything but the SQLite store
        CachedCompletions.useConfiguredStore();
        long start = System.nanoTime();
        service.complete(PROMPT);
        long nanos = System.nanoTime() - start;
        if (service.bodyRuns() != 1) {
            System.out.println("miss");
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "firstCallMs=%.3f%n", nanos / 1e6);
    }
}
