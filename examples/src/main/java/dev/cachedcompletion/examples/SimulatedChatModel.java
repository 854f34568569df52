package dev.cachedcompletion.examples;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a chat-model API, so the demo runs offline and costs nothing: it waits as long as
 * a real call takes (half a second by default) and answers from a few canned lines. It says what it
 * is every time it is called.
 */
public final class SimulatedChatModel {

    private static final String[] JOKES = {
        "Why don't scientists trust atoms? Because they make up everything.",
        "I told my computer I needed a break, and it said: no problem, I'll go to sleep.",
        "Why did the developer go broke? Because he used up all his cache.",
    };

    private final Duration latency;
    private final AtomicInteger calls = new AtomicInteger();

    public SimulatedChatModel(Duration latency) {
        this.latency = latency;
    }

    /** Waits {@code latency}, then answers; deterministic for a given prompt. */
    public String complete(String model, String prompt) {
        calls.incrementAndGet();
        System.out.printf("    [simulated %s: waiting %d ms as a real API call would]%n", model, latency.toMillis());
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return JOKES[Math.floorMod(prompt.hashCode(), JOKES.length)];
    }

    /** How many times the "API" was called in this JVM. */
    public int calls() {
        return calls.get();
    }
}
