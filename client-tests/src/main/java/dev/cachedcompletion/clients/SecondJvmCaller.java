package dev.cachedcompletion.clients;

import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Run in a new JVM by the tests: makes one call through the named client ({@code langchain4j} or
 * {@code openai}) against the base URL given, under whatever {@code -Dcachedcompletion.store} the
 * test passes, then prints {@code outcome=<HIT|MISS|...>} and {@code response=<toString of the
 * whole response>} so the test can compare what two processes got (all of it but LangChain4j's raw
 * HTTP response, which a hit does not have). With {@code streams} instead of a client name, makes
 * one streamed call through each client; see {@link #streams}.
 */
public final class SecondJvmCaller {

    /** The one request both JVMs send. */
    static final String QUESTION = "Tell me a joke";
    static final String OPENAI_STREAM = "client-tests.openai.stream";
    static final String LANGCHAIN4J_STREAM = "client-tests.langchain4j.stream";

    private SecondJvmCaller() {
    }

    public static void main(String[] args) throws Exception {
        String client = args[0];
        String baseUrl = args[1];
        if (client.equals("streams")) {
            streams(baseUrl);
            System.exit(0);
        }
        Object response = client.equals("openai")
                ? Clients.openAi(baseUrl).complete(ChatCompletionCreateParams.builder()
                        .model("gpt-4o-mini").addUserMessage(QUESTION).temperature(0.0).build())
                : Clients.langChain(baseUrl).chat(ChatRequest.builder()
                        .messages(UserMessage.from(QUESTION)).modelName("gpt-4o-mini").temperature(0.0).build());
        System.out.println("outcome=" + CachedCompletions.lastOutcome());
        // LangChain4j's live response carries the raw HTTP response, an object without equals or a
        // stable toString; a hit makes no HTTP exchange and carries none. Everything else is compared.
        System.out.println("response=" + response.toString()
                .replaceAll("rawHttpResponse=[^,]*, ", "rawHttpResponse=<not compared>, "));
        System.exit(0); // the OpenAI SDK's OkHttp threads would keep the JVM alive for a minute
    }

    /**
     * One streamed call through each client ({@code createStreaming}, then a LangChain4j handler),
     * printing {@code openai-stream=<every chunk>}, {@code langchain4j-stream=<partials> <response
     * but its HTTP exchange>} and {@code stream-statistics=<hits and misses of each method>}.
     */
    private static void streams(String baseUrl) throws Exception {
        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> response = Clients.openAi(baseUrl).stream(ChatCompletionCreateParams
                .builder().model("gpt-4o-mini").addUserMessage(QUESTION).temperature(0.0).build())) {
            chunks = response.stream().toList();
        }
        System.out.println("openai-stream=" + chunks);

        List<String> partials = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        Clients.langChainStreaming(baseUrl).chat(ChatRequest.builder().messages(UserMessage.from(QUESTION))
                .modelName("gpt-4o-mini").temperature(0.0).build(), new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                        partials.add(partial.text());
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
        ChatResponse response = done.get(60, TimeUnit.SECONDS);
        // A handler hears of the end just before the answer is stored: the JVM must not exit before that.
        String store = System.getProperty("cachedcompletion.store");
        TestStores.awaitEntry(Path.of(store.substring("sqlite:".length())), LANGCHAIN4J_STREAM);
        OpenAiChatResponseMetadata metadata = (OpenAiChatResponseMetadata) response.metadata();
        System.out.println("langchain4j-stream=" + partials + " " + response.toBuilder()
                .metadata(metadata.toBuilder().rawHttpResponse(null).rawServerSentEvents(null).build()).build());
        System.out.println("stream-statistics=" + counts(OPENAI_STREAM) + " " + counts(LANGCHAIN4J_STREAM));
    }

    private static String counts(String method) {
        CompletionStatistics stats = CachedCompletions.statistics(method);
        return method + ":hits=" + stats.hits() + ",misses=" + stats.misses();
    }
}
