package dev.cachedcompletion.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import dev.cachedcompletion.langchain4j.CachingStreamingChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.TokenStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real streaming {@code AiServices} assistant (a {@link TokenStream} method) over a real
 * {@code OpenAiStreamingChatModel}, over HTTP to the simulated endpoint streaming server-sent events,
 * cached by nothing but {@code CachingStreamingChatModel.wrap(model)}.
 */
@Timeout(60)
class LangChain4jAiServicesStreamingOverHttpTest {

    private static final String QUESTION = "Tell me a joke";

    @RegisterExtension
    static final EndpointExtension endpoint = new EndpointExtension();
    @TempDir
    Path dir;

    interface StreamingAssistant {
        TokenStream chat(String question);
    }

    /** What a TokenStream delivered: its partial texts in order, and the complete response. */
    record Streamed(List<String> partials, ChatResponse response) {
    }

    private static StreamingChatModel model(double temperature) {
        return OpenAiStreamingChatModel.builder()
                .baseUrl(endpoint.baseUrl())
                .apiKey("simulated")
                .modelName("gpt-4o-mini")
                .temperature(temperature)
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static StreamingAssistant assistant(StreamingChatModel model) {
        return AiServices.builder(StreamingAssistant.class)
                .streamingChatModel(CachingStreamingChatModel.wrap(model))
                .build();
    }

    private static Streamed stream(StreamingAssistant assistant, String question) throws Exception {
        List<String> partials = new CopyOnWriteArrayList<>();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        assistant.chat(question)
                .onPartialResponse(partials::add)
                .onCompleteResponse(done::complete)
                .onError(done::completeExceptionally)
                .start();
        return new Streamed(partials, done.get(30, TimeUnit.SECONDS));
    }

    /**
     * The second stream either joins the first one's recording (if it is still being stored) or is
     * replayed from the store; either way it sends no request and delivers the same partials and an
     * equal response (but for the HTTP exchange a live answer carries and a replay cannot).
     */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void anIdenticalStreamSendsOneRequestAndReplaysTheSamePartialsAndResponse(String store) throws Exception {
        TestStores.use(store, dir);
        StreamingAssistant assistant = assistant(model(0.0));

        Streamed live = stream(assistant, QUESTION);
        Streamed replayed = stream(assistant, QUESTION);

        assertThat(live.partials()).hasSizeGreaterThan(3);
        assertThat(replayed.partials()).isEqualTo(live.partials());
        assertThat(String.join("", replayed.partials())).isEqualTo(live.response().aiMessage().text());
        assertThat(replayed.response()).usingRecursiveComparison()
                .ignoringFields("metadata.rawHttpResponse", "metadata.rawServerSentEvents")
                .isEqualTo(live.response());
        assertThat(endpoint.streamedRequestCount()).isEqualTo(1);
        assertThat(endpoint.requestCount()).isEqualTo(1);
        System.out.println("[client-requests] langchain4j AiServices TokenStream, identical question x2 ("
                + store + "): " + endpoint.requestCount() + " request(s)");
    }

    /** Once stored, a new store on the same file, a new client and a new assistant replay it from the file. */
    @Test
    void aStoredStreamIsReplayedFromTheSqliteFileByANewStoreAndAssistant() throws Exception {
        Path file = TestStores.use("sqlite", dir);
        Streamed live = stream(assistant(model(0.0)), QUESTION);
        TestStores.awaitEntry(file, CachingStreamingChatModel.STATISTICS_NAME);
        CachedCompletions.useStore("sqlite:" + file);

        Streamed replayed = stream(assistant(model(0.0)), QUESTION);

        assertThat(replayed.partials()).isEqualTo(live.partials());
        assertThat(replayed.response()).isNotSameAs(live.response());
        LangChain4jStreamingOverHttpTest.assertEqualButForTheHttpExchange(replayed.response(), live.response());
        assertThat(endpoint.requestCount()).isEqualTo(1);
        CompletionStatistics statistics = CachedCompletions.statistics(CachingStreamingChatModel.STATISTICS_NAME);
        assertThat(statistics.hits()).isEqualTo(1);
        // A stored stream's usage is its complete response's, counted once for the hit.
        assertThat(statistics.inputTokensSaved())
                .isEqualTo(live.response().tokenUsage().inputTokenCount().longValue()).isPositive();
        assertThat(statistics.outputTokensSaved())
                .isEqualTo(live.response().tokenUsage().outputTokenCount().longValue()).isPositive();
        System.out.println("[client-requests] langchain4j AiServices TokenStream, then the same on a new SQLite "
                + "store and client: " + endpoint.requestCount() + " request(s)");
    }

    @Test
    void modelsBuiltWithAnotherTemperatureStreamTheirOwnAnswers() throws Exception {
        Streamed cold = stream(assistant(model(0.0)), QUESTION);
        Streamed warm = stream(assistant(model(0.9)), QUESTION);
        Streamed other = stream(assistant(model(0.0)), "Tell me a story");

        assertThat(warm.partials()).isNotEqualTo(cold.partials());
        assertThat(other.partials()).isNotEqualTo(cold.partials());
        assertThat(endpoint.requestCount()).isEqualTo(3);
        System.out.println("[client-requests] langchain4j AiServices TokenStream, temperature 0 / 0.9 / another "
                + "question: " + endpoint.requestCount() + " request(s)");
    }
}
