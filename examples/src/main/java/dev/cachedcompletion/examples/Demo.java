package dev.cachedcompletion.examples;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * LangChain's "how to cache LLM responses", in Java, over real clients: the same question asked
 * twice through LangChain4j's {@code OpenAiChatModel}, then twice through the OpenAI Java SDK. With
 * {@code OPENAI_API_KEY} set the calls go to the OpenAI API; without it, to a simulated
 * OpenAI-compatible endpoint this program starts on loopback (it says so).
 *
 * <p>Usage: {@code Demo [store spec]}, e.g. {@code Demo memory} or {@code Demo sqlite:.completions.db}.
 * Without an argument the store comes from {@code -Dcachedcompletion.store} (default: memory). The
 * simulated endpoint's latency is {@code -Ddemo.latency=500ms}, and the pause between the chunks of a
 * streamed answer {@code -Ddemo.chunkDelay=30ms}.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            CachedCompletions.useStore(args[0]);
        }
        Duration latency = millis("demo.latency", "500ms");
        Duration chunkDelay = millis("demo.chunkDelay", "30ms");
        try (ModelEndpoint endpoint = ModelEndpoint.fromEnvironment(latency, chunkDelay)) {
            System.out.println("Store: " + CachedCompletions.store().describe());
            askLangChain4j(endpoint);
            askOpenAiSdk(endpoint);
            StreamingDemo.run(endpoint);
            summarize(endpoint);
        }
        CachedCompletions.store().close();
    }

    private static Duration millis(String property, String fallback) {
        return Duration.ofMillis(Long.parseLong(System.getProperty(property, fallback).replace("ms", "")));
    }

    private static void askLangChain4j(ModelEndpoint endpoint) {
        OpenAiChatModel chatModel = OpenAiChatModel.builder()
                .baseUrl(endpoint.baseUrl())
                .apiKey(endpoint.apiKey())
                .modelName(endpoint.modelName())
                .timeout(Duration.ofSeconds(60))
                .build();
        JokeAssistant assistant = new JokeAssistant(endpoint.modelName(), chatModel);
        System.out.println();
        System.out.println("LangChain4j: JokeAssistant.chat(ChatRequest) -> ChatResponse, \"Tell me a joke about caching\"");
        long first = timed("First call ", () -> describe(assistant.tellMeAJoke("caching")));
        long second = timed("Second call", () -> describe(assistant.tellMeAJoke("caching")));
        System.out.printf("  Second call was %,.0fx faster than the first.%n", (double) first / Math.max(1, second));
    }

    private static void askOpenAiSdk(ModelEndpoint endpoint) {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl(endpoint.baseUrl())
                .apiKey(endpoint.apiKey())
                .build();
        try {
            CompletionsClient completions = new CompletionsClient(client);
            ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                    .model(endpoint.modelName())
                    .addUserMessage("Tell me a joke about databases")
                    .temperature(0.0)
                    .build();
            System.out.println();
            System.out.println("OpenAI Java SDK: CompletionsClient.complete(ChatCompletionCreateParams) -> ChatCompletion");
            long first = timed("First call ", () -> describe(completions.complete(params)));
            long second = timed("Second call", () -> describe(completions.complete(params)));
            System.out.printf("  Second call was %,.0fx faster than the first.%n", (double) first / Math.max(1, second));
        } finally {
            client.close();
        }
    }

    private static void summarize(ModelEndpoint endpoint) {
        long hits = 0;
        long misses = 0;
        long errors = 0;
        long inputTokens = 0;
        long outputTokens = 0;
        double money = 0;
        System.out.println();
        System.out.println("CachedCompletions.statistics():");
        for (CompletionStatistics stats : CachedCompletions.statistics()) {
            hits += stats.hits();
            misses += stats.misses();
            errors += stats.errors();
            inputTokens += stats.inputTokensSaved();
            outputTokens += stats.outputTokensSaved();
            money += stats.moneySaved();
            System.out.printf("  %s: %d hit(s), %d miss(es), %d+%d tokens saved, $%.6f%n", stats.method(),
                    stats.hits(), stats.misses(), stats.inputTokensSaved(), stats.outputTokensSaved(), stats.moneySaved());
        }
        System.out.println();
        System.out.printf("This run: %d hit(s), %d miss(es), %d store error(s).%n", hits, misses, errors);
        System.out.printf("Tokens the hits did not spend: %d input, %d output; $%.6f at cachedcompletion.prices=%s.%n",
                inputTokens, outputTokens, money, System.getProperty("cachedcompletion.prices", "(none)"));
        if (endpoint.requestCount() >= 0) {
            System.out.printf("HTTP requests that reached the simulated model endpoint in this run: %d.%n",
                    endpoint.requestCount());
        }
        System.out.println("(A fresh JVM's first call also loads the client library's classes, and for SQLite the"
                + " native driver; a warm service pays only for the lookup.)");
    }

    /** Runs one call, prints how long it took, whether it was a hit, and what came back. */
    private static long timed(String label, Supplier<String> call) {
        long start = System.nanoTime();
        String answer = call.get();
        long nanos = System.nanoTime() - start;
        CacheOutcome outcome = CachedCompletions.lastOutcome();
        String source = outcome == CacheOutcome.HIT ? "from the cache" : "model called";
        System.out.printf("  %s %10.3f ms  (%s)%n    %s%n", label, nanos / 1e6, source, answer);
        return nanos;
    }

    private static String describe(ChatResponse response) {
        return "\"" + response.aiMessage().text() + "\"  [id " + response.id() + ", "
                + response.tokenUsage().totalTokenCount() + " tokens, finish " + response.finishReason() + "]";
    }

    private static String describe(ChatCompletion completion) {
        String text = completion.choices().get(0).message().content().orElse("");
        String tokens = completion.usage().map(usage -> usage.totalTokens() + " tokens").orElse("no usage");
        return "\"" + text + "\"  [id " + completion.id() + ", " + tokens + ", finish "
                + completion.choices().get(0).finishReason() + "]";
    }
}
