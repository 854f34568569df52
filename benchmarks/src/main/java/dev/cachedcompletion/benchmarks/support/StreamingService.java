package dev.cachedcompletion.benchmarks.support;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;

/**
 * Streaming methods cached by cached-completion, woven by ajc like a user's class: their bodies
 * return the in-memory {@link Tokens} stream. The store is whatever {@code CachedCompletions.useStore}
 * chose. The bodies count their runs so that a benchmark can check which calls were misses.
 */
public class StreamingService {

    private final AtomicLong bodyRuns = new AtomicLong();

    @CachedCompletion
    public Flux<String> tokens(String prompt) {
        bodyRuns.incrementAndGet();
        return Tokens.flux();
    }

    @CachedCompletion
    public Flow.Publisher<String> tokenPublisher(String prompt) {
        bodyRuns.incrementAndGet();
        return Tokens.publisher();
    }

    @CachedCompletion
    public Flux<String> pacedTokens(String prompt) {
        bodyRuns.incrementAndGet();
        return Tokens.pacedFlux();
    }

    /** How many times a body ran (each a miss). */
    public long bodyRuns() {
        return bodyRuns.get();
    }
}
