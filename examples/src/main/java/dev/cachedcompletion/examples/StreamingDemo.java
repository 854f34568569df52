package dev.cachedcompletion.examples;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;

/**
 * The demo's streamed answer: the same streaming request twice through the OpenAI Java SDK's
 * {@code createStreaming}, printing each token as it arrives and when the first and the last came —
 * live from the model the first time, replayed from the cache the second.
 */
final class StreamingDemo {

    private StreamingDemo() {
    }

    static void run(ModelEndpoint endpoint) {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl(endpoint.baseUrl())
                .apiKey(endpoint.apiKey())
                .build();
        try {
            StreamingCompletionsClient streaming = new StreamingCompletionsClient(client);
            ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                    .model(endpoint.modelName())
                    .addUserMessage("Tell me a joke about streams")
                    .temperature(0.0)
                    // The last chunk then carries the token usage, which replays count as saved.
                    .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
                    .build();
            System.out.println();
            System.out.println("OpenAI Java SDK, streamed: StreamingCompletionsClient.stream(params) -> "
                    + "StreamResponse<ChatCompletionChunk>");
            Timing first = readAloud("First call ", streaming, params);
            Timing second = readAloud("Second call", streaming, params);
            System.out.printf("  First token %,.0fx sooner, last token %,.0fx sooner the second time.%n",
                    (double) first.firstNanos / Math.max(1, second.firstNanos),
                    (double) first.lastNanos / Math.max(1, second.lastNanos));
        } finally {
            client.close();
        }
    }

    /** Reads one streamed answer, printing its text as it comes; returns when the first and last tokens came. */
    private static Timing readAloud(String label, StreamingCompletionsClient streaming, ChatCompletionCreateParams params) {
        long start = System.nanoTime();
        long[] first = {-1};
        StringBuilder text = new StringBuilder();
        System.out.print("  " + label + "  ");
        try (StreamResponse<ChatCompletionChunk> response = streaming.stream(params)) {
            response.stream().forEach(chunk -> chunk.choices().forEach(choice -> choice.delta().content().ifPresent(piece -> {
                if (first[0] < 0 && !piece.isEmpty()) {
                    first[0] = System.nanoTime() - start;
                }
                text.append(piece);
                System.out.print(piece);
                System.out.flush();
            })));
        }
        long last = System.nanoTime() - start;
        CacheOutcome outcome = CachedCompletions.lastOutcome();
        String source = outcome != null && outcome.fromCache() ? "from the cache" : "model called";
        System.out.println();
        System.out.printf("    first token after %8.3f ms, last after %8.3f ms, %d characters  (%s)%n",
                first[0] / 1e6, last / 1e6, text.length(), source);
        return new Timing(Math.max(first[0], 0), last);
    }

    private record Timing(long firstNanos, long lastNanos) {
    }
}
