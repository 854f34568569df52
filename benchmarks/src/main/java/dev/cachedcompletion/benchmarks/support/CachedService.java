package dev.cachedcompletion.benchmarks.support;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The same method, cached by cached-completion: compiled with the processor and woven by ajc like
 * any user's class. The store is whatever {@code CachedCompletions.useStore} chose. The body counts
 * its runs so that each benchmark can check that its hits were hits.
 */
public class CachedService {

    private final AtomicLong bodyRuns = new AtomicLong();

    @CachedCompletion
    public String complete(String prompt) {
        bodyRuns.incrementAndGet();
        return Answers.ANSWER;
    }

    /** How many times the body ran (each a miss). */
    public long bodyRuns() {
        return bodyRuns.get();
    }
}
