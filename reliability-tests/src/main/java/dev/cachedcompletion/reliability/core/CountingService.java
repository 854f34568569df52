package dev.cachedcompletion.reliability.core;

import dev.cachedcompletion.CachedCompletion;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A "model" that counts its calls per prompt, so a test can tell exactly which keys reached it
 * and how often. An optional hook runs inside the body, for tests that must hold the model call.
 */
public class CountingService {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private volatile Runnable insideBody = () -> { };

    /** Runs {@code hook} in every later body run, before it returns. */
    public void whileAnswering(Runnable hook) {
        this.insideBody = hook;
    }

    @CachedCompletion
    public String complete(String prompt) {
        int run = calls.computeIfAbsent(prompt, p -> new AtomicInteger()).incrementAndGet();
        insideBody.run();
        // A new String per run: callers that share a result share it through the cache, not the constant pool.
        return new String("completion of " + prompt + " (body run " + run + ")");
    }

    /** How often the body ran for {@code prompt}. */
    public int calls(String prompt) {
        AtomicInteger n = calls.get(prompt);
        return n == null ? 0 : n.get();
    }

    /** Body runs per prompt, for every prompt that reached the body. */
    public Map<String, AtomicInteger> callsByPrompt() {
        return calls;
    }

    /** All body runs. */
    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
