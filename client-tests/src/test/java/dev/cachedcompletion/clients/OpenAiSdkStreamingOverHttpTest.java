package dev.cachedcompletion.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAI Java SDK's streaming call ({@code createStreaming}), over HTTP to the simulated endpoint
 * streaming server-sent events, through a woven {@code @CachedCompletion} method returning
 * {@code StreamResponse<ChatCompletionChunk>}. The endpoint counts the requests that reached it.
 */
@Timeout(60)
class OpenAiSdkStreamingOverHttpTest {

    private static final String METHOD = "client-tests.openai.stream";

    @RegisterExtension
    static final EndpointExtension endpoint = new EndpointExtension();
    @TempDir
    Path dir;
    private OpenAiAssistant assistant;

    @BeforeEach
    void newAssistant() {
        assistant = Clients.openAi(endpoint.baseUrl());
    }

    static ChatCompletionCreateParams.Builder joke() {
        return OpenAiSdkOverHttpTest.joke()
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build());
    }

    static List<ChatCompletionChunk> readAll(StreamResponse<ChatCompletionChunk> response) {
        try (response) {
            return response.stream().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void aSecondCallSendsNoRequestAndYieldsEqualChunks(String store) {
        TestStores.use(store, dir);
        for (ChatCompletionCreateParams params : List.of(joke().build(), toolCall())) {
            List<ChatCompletionChunk> live = readAll(assistant.stream(params));
            List<ChatCompletionChunk> replayed = readAll(assistant.stream(params));

            assertThat(live).hasSizeGreaterThan(3);
            assertThat(replayed).isEqualTo(live);
            assertThat(replayed.get(0)).isNotSameAs(live.get(0));
        }
        assertThat(endpoint.streamedRequestCount()).isEqualTo(2);
        assertThat(endpoint.requestCount()).isEqualTo(2);
        CompletionStatistics stats = CachedCompletions.statistics(METHOD);
        assertThat(stats.misses()).isEqualTo(2);
        assertThat(stats.hits()).isEqualTo(2);
        System.out.println("[client-requests] openai stream (" + store + "), text and tool call, each x2: "
                + endpoint.requestCount() + " requests");
    }

    private static ChatCompletionCreateParams toolCall() {
        return joke().addUserMessage("Weather in Oslo?")
                .addFunctionTool(OpenAiSdkOverHttpTest.weatherTool("Current weather in a city")).build();
    }

    /**
     * Live, not buffered: the rest of the model's stream is held back (below the SDK, in its HTTP
     * client) until the caller has its first chunk; a cache that read ahead before handing it over
     * would wait for the held stream and fail. Nor is anything stored before the stream ended.
     */
    @Test
    void theFirstChunkReachesTheCallerWhileTheRestOfTheModelsStreamIsHeldBack() {
        Path file = TestStores.use("sqlite", dir);
        HeldAfterFirstEvent held = new HeldAfterFirstEvent();
        OpenAiAssistant heldAssistant = Clients.openAi(endpoint.baseUrl(), held);
        List<ChatCompletionChunk> live = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> first = heldAssistant.stream(joke().build())) {
            Iterator<ChatCompletionChunk> chunks = first.stream().iterator();
            live.add(chunks.next());

            assertThat(live.get(0).choices().get(0).delta().role()).isPresent();
            assertThat(TestStores.entries(file, METHOD)).isZero();
            held.release();
            chunks.forEachRemaining(live::add);
        }

        assertThat(TestStores.entries(file, METHOD)).isEqualTo(1);
        assertThat(readAll(assistant.stream(joke().build()))).isEqualTo(live).hasSizeGreaterThan(3);
        assertThat(endpoint.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void twoConcurrentCallersSendOneRequest(String store) throws Exception {
        TestStores.use(store, dir);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<List<ChatCompletionChunk>> caller = () -> {
            together.await(10, TimeUnit.SECONDS);
            return readAll(assistant.stream(joke().build()));
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<ChatCompletionChunk>> first = threads.submit(caller);
            Future<List<ChatCompletionChunk>> second = threads.submit(caller);

            assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(first.get(30, TimeUnit.SECONDS)).hasSizeGreaterThan(3);
        } finally {
            threads.shutdownNow();
        }
        assertThat(endpoint.requestCount()).isEqualTo(1);
        // Misses only: the caller who joined the live stream may be counted a moment after its last chunk.
        assertThat(CachedCompletions.statistics(METHOD).misses()).isEqualTo(1);
        System.out.println("[client-requests] openai stream (" + store + "), two concurrent callers: "
                + endpoint.requestCount() + " request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void aConnectionBrokenMidStreamStoresNothing(String store) {
        Path file = TestStores.use(store, dir);
        ChatCompletionCreateParams broken = joke().addUserMessage("Tell me a joke " + SimulatedChatEndpoint.BREAK_STREAM_MARKER)
                .build();

        for (int call = 1; call <= 2; call++) {
            List<ChatCompletionChunk> received = new ArrayList<>();
            Throwable failure = catchThrowable(() -> {
                try (StreamResponse<ChatCompletionChunk> response = assistant.stream(broken)) {
                    response.stream().forEach(received::add);
                }
            });

            assertThat(failure).as("call %d", call).isNotNull();
            // The endpoint sends a few chunks before the cut; how many arrive is the network's business.
            assertThat(received).as("chunks before the break, call %d", call)
                    .allSatisfy(chunk -> assertThat(chunk.choices().get(0).finishReason()).isEmpty());
        }
        assertThat(endpoint.requestCount()).isEqualTo(2);
        if (store.equals("sqlite")) {
            assertThat(TestStores.entries(file, METHOD)).isZero();
        }
        System.out.println("[client-requests] openai stream (" + store + "), broken mid-stream x2: "
                + endpoint.requestCount() + " requests");
    }

    @Test
    void aStreamTheCallerClosedMidWayIsNotStored() {
        Path file = TestStores.use("sqlite", dir);
        try (StreamResponse<ChatCompletionChunk> abandoned = assistant.stream(joke().build())) {
            abandoned.stream().iterator().next();
        }
        List<ChatCompletionChunk> whole = readAll(assistant.stream(joke().build()));

        assertThat(whole.get(whole.size() - 1).usage()).isPresent();
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(TestStores.entries(file, METHOD)).isEqualTo(1);
    }

    @Test
    void aSecondStoreOnTheSameSqliteFileReplaysTheStream() {
        Path file = TestStores.use("sqlite", dir);
        List<ChatCompletionChunk> live = readAll(assistant.stream(joke().build()));

        CachedCompletions.useStore("sqlite:" + file); // a new store instance, as another process would open
        List<ChatCompletionChunk> replayed = readAll(Clients.openAi(endpoint.baseUrl()).stream(joke().build()));

        assertThat(replayed).isEqualTo(live);
        assertThat(endpoint.requestCount()).isEqualTo(1);
    }
}
