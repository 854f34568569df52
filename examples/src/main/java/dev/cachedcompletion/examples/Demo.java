package dev.cachedcompletion.examples;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import java.time.Duration;
import java.util.UUID;

/**
 * LangChain's "how to cache LLM responses", in Java: the same prompt asked twice, first with the
 * in-memory cache, then with a SQLite file that a second run of this program reads back.
 *
 * <p>Usage: {@code Demo [store spec]}, e.g. {@code Demo memory} or {@code Demo sqlite:.completions.db}.
 * Without an argument the store comes from {@code -Dcachedcompletion.store} (default: memory).
 * The chat model is simulated (about 500 ms per call, set with {@code -Ddemo.latency=500ms}).
 */
public final class Demo {

    private static final String PROMPT = "Tell me a joke";

    private Demo() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            CachedCompletions.useStore(args[0]);
        }
        Duration latency = Duration.ofMillis(Long.parseLong(
                System.getProperty("demo.latency", "500ms").replace("ms", "")));
        SimulatedChatModel chatModel = new SimulatedChatModel(latency);
        JokeAssistant assistant = new JokeAssistant("simulated-gpt-4o-mini", chatModel);

        System.out.println("Store: " + CachedCompletions.store().describe());
        long first = ask(assistant, "First call ");
        long second = ask(assistant, "Second call");
        System.out.printf("  Second call was %,.0fx faster than the first.%n", (double) first / Math.max(1, second));

        CompletionStatistics stats = CachedCompletions.statistics().get(0); // the one cached method
        System.out.printf("  This run: %d hit(s), %d miss(es), %d model call(s), %d store error(s).%n",
                stats.hits(), stats.misses(), chatModel.calls(), stats.errors());
        CachedCompletions.store().close();
    }

    private static long ask(JokeAssistant assistant, String label) {
        String requestId = UUID.randomUUID().toString(); // excluded from the key: differs on every call
        long hitsBefore = hits();
        long start = System.nanoTime();
        String answer = assistant.tellMeAJoke(PROMPT, requestId);
        long nanos = System.nanoTime() - start;
        String source = hits() > hitsBefore ? "from the cache" : "model called";
        System.out.printf("  %s %10.3f ms  (%s)  %s%n", label, nanos / 1e6, source, answer);
        return nanos;
    }

    private static long hits() {
        return CachedCompletions.statistics().stream().mapToLong(CompletionStatistics::hits).sum();
    }
}
