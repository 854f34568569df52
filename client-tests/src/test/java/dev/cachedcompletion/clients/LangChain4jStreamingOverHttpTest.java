package dev.cachedcompletion.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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
 * LangChain4j's real {@code OpenAiStreamingChatModel}, over HTTP to the simulated endpoint streaming
 * server-sent events, called through a woven {@code @CachedCompletion} method that takes a
 * {@code ChatRequest} and a {@code StreamingChatResponseHandler}. The endpoint counts the requests.
 */
@Timeout(60)
class LangChain4jStreamingOverHttpTest {

    private static final String METHOD = "client-tests.langchain4j.stream";

    @RegisterExtension
    static final EndpointExtension endpoint = new EndpointExtension();
    @TempDir
    Path dir;
    private LangChainStreamingAssistant assistant;

    @BeforeEach
    void newAssistant() {
        assistant = Clients.langChainStreaming(endpoint.baseUrl());
    }

    private static ChatRequest toolCall() {
        return ChatRequest.builder().messages(UserMessage.from("Weather in Oslo?"))
                .toolSpecifications(LangChain4jOverHttpTest.weatherTool("Current weather in a city"))
                .modelName("gpt-4o-mini").build();
    }

    private StreamedAnswer chat(LangChainStreamingAssistant through, ChatRequest request) {
        StreamedAnswer answer = new StreamedAnswer();
        through.chat(request, answer);
        return answer;
    }

    /**
     * Every field equal, except LangChain4j's record of the HTTP exchange a live answer carries (the
     * raw HTTP response and server-sent events): a hit makes no exchange, so it has none.
     */
    static void assertEqualButForTheHttpExchange(ChatResponse replayed, ChatResponse live) {
        assertThat(((OpenAiChatResponseMetadata) live.metadata()).rawHttpResponse()).isNotNull();
        assertThat(((OpenAiChatResponseMetadata) replayed.metadata()).rawHttpResponse()).isNull();
        assertThat(((OpenAiChatResponseMetadata) replayed.metadata()).rawServerSentEvents()).isNullOrEmpty();
        assertThat(replayed).usingRecursiveComparison()
                .ignoringFields("metadata.rawHttpResponse", "metadata.rawServerSentEvents")
                .isEqualTo(live);
    }

    /**
     * The second call is made as soon as the first handler has its complete response. The handler
     * learns of it from the last recorded event, which it receives before the cache stores the answer;
     * so the second call either joins the first one's recording (still ending: the same objects) or
     * hits the store (decoded copies). Either way: no request, the same callbacks, an equal response.
     */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void aSecondCallSendsNoRequestAndTheHandlerGetsTheSamePartialsAndAnEqualResponse(String store) throws Exception {
        TestStores.use(store, dir);
        for (ChatRequest request : List.of(LangChain4jOverHttpTest.joke().build(), toolCall())) {
            StreamedAnswer live = chat(assistant, request);
            ChatResponse liveResponse = live.response();
            StreamedAnswer replayed = chat(assistant, request);
            ChatResponse replayedResponse = replayed.response(); // the handler may be called on another thread

            assertThat(replayed.callbacks).isEqualTo(live.callbacks).hasSizeGreaterThan(3).last().isEqualTo("complete");
            assertThat(replayedResponse).usingRecursiveComparison()
                    .ignoringFields("metadata.rawHttpResponse", "metadata.rawServerSentEvents")
                    .isEqualTo(liveResponse);
        }
        assertThat(endpoint.streamedRequestCount()).isEqualTo(2);
        assertThat(endpoint.requestCount()).isEqualTo(2);
        // Misses only: a caller who joined the live stream is counted as a hit just after its handler
        // received the last event, so the hit count may lag the handler.
        assertThat(CachedCompletions.statistics(METHOD).misses()).isEqualTo(2);
        System.out.println("[client-requests] langchain4j stream (" + store + "), text and tool call, each x2: "
                + endpoint.requestCount() + " requests");
    }

    /**
     * Once stored, a hit is read from the SQLite file, by this store or a second one opened on the
     * same file: the handler gets decoded copies, equal to the live answer but for its HTTP exchange.
     */
    @Test
    void aStoredStreamIsReplayedFromTheSqliteFileByThisStoreAndBySecondOne() throws Exception {
        Path file = TestStores.use("sqlite", dir);
        StreamedAnswer live = chat(assistant, LangChain4jOverHttpTest.joke().build());
        ChatResponse liveResponse = live.response();
        TestStores.awaitEntry(file, METHOD);

        StreamedAnswer replayed = chat(assistant, LangChain4jOverHttpTest.joke().build());
        replayed.response(); // replaying: its store must stay open until then
        CachedCompletions.useStore("sqlite:" + file); // a new store instance, as another process would open
        StreamedAnswer fromSecondStore =
                chat(Clients.langChainStreaming(endpoint.baseUrl()), LangChain4jOverHttpTest.joke().build());

        for (StreamedAnswer hit : List.of(replayed, fromSecondStore)) {
            ChatResponse hitResponse = hit.response();
            assertThat(hit.callbacks).isEqualTo(live.callbacks);
            assertThat(hitResponse).isNotSameAs(liveResponse);
            assertEqualButForTheHttpExchange(hitResponse, liveResponse);
        }
        assertThat(endpoint.requestCount()).isEqualTo(1);
    }

    @Test
    void theToolCallIsReplayedInPiecesThenWhole() throws Exception {
        StreamedAnswer live = chat(assistant, toolCall());
        live.response();
        StreamedAnswer replayed = chat(assistant, toolCall());

        assertThat(replayed.response().aiMessage().toolExecutionRequests()).singleElement()
                .satisfies(call -> assertThat(call.name()).isEqualTo("get_weather"));
        assertThat(replayed.callbacks).anySatisfy(callback -> assertThat(callback).startsWith("tool call part "));
        assertThat(replayed.callbacks).filteredOn(callback -> callback.startsWith("tool call CompleteToolCall")).hasSize(1);
        assertThat(endpoint.requestCount()).isEqualTo(1);
    }

    /**
     * Live, not buffered: the model's own listener hears that its stream ended only after the
     * caller's handler received the first partial. A cache that collected the stream before
     * handing it over would deliver every partial after that.
     */
    @Test
    void thePartialsReachTheCallerBeforeTheModelsStreamEnded() throws Exception {
        List<String> timeline = new CopyOnWriteArrayList<>();
        ChatModelListener streamEnd = new ChatModelListener() {
            @Override
            public void onResponse(ChatModelResponseContext context) {
                timeline.add("model stream ended");
            }
        };
        StreamedAnswer answer = new StreamedAnswer(timeline);

        Clients.langChainStreaming(endpoint.baseUrl(), streamEnd).chat(LangChain4jOverHttpTest.joke().build(), answer);
        answer.response();

        String firstPartial = "caller " + answer.callbacks.get(0);
        assertThat(firstPartial).startsWith("caller partial ");
        assertThat(timeline).contains("model stream ended");
        assertThat(timeline.indexOf(firstPartial)).isLessThan(timeline.indexOf("model stream ended"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void twoConcurrentCallersSendOneRequest(String store) throws Exception {
        TestStores.use(store, dir);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<StreamedAnswer>> callers = List.of(
                    threads.submit(() -> startTogether(together)), threads.submit(() -> startTogether(together)));
            StreamedAnswer first = callers.get(0).get(30, TimeUnit.SECONDS);
            StreamedAnswer second = callers.get(1).get(30, TimeUnit.SECONDS);

            ChatResponse firstResponse = first.response();
            ChatResponse secondResponse = second.response();
            assertThat(second.callbacks).isEqualTo(first.callbacks).hasSizeGreaterThan(3);
            assertThat(secondResponse).usingRecursiveComparison()
                    .ignoringFields("metadata.rawHttpResponse", "metadata.rawServerSentEvents")
                    .isEqualTo(firstResponse);
        } finally {
            threads.shutdownNow();
        }
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(CachedCompletions.statistics(METHOD).misses()).isEqualTo(1);
        System.out.println("[client-requests] langchain4j stream (" + store + "), two concurrent callers: "
                + endpoint.requestCount() + " request");
    }

    private StreamedAnswer startTogether(CyclicBarrier together) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return chat(assistant, LangChain4jOverHttpTest.joke().build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void aConnectionBrokenMidStreamStoresNothing(String store) throws Exception {
        Path file = TestStores.use(store, dir);
        ChatRequest broken = ChatRequest.builder()
                .messages(UserMessage.from("Tell me a joke " + SimulatedChatEndpoint.BREAK_STREAM_MARKER))
                .modelName("gpt-4o-mini").build();

        for (int call = 1; call <= 2; call++) {
            StreamedAnswer answer = chat(assistant, broken);

            assertThat(answer.failure()).as("call %d", call).isNotNull();
            // The endpoint sends a few partials before the cut; how many arrive is the network's business.
            assertThat(answer.callbacks).as("call %d", call).last().isEqualTo("error");
            assertThat(answer.callbacks).doesNotContain("complete");
        }
        assertThat(endpoint.requestCount()).isEqualTo(2);
        if (store.equals("sqlite")) {
            assertThat(TestStores.entries(file, METHOD)).isZero();
        }
        System.out.println("[client-requests] langchain4j stream (" + store + "), broken mid-stream x2: "
                + endpoint.requestCount() + " requests");
    }

    /**
     * A handler that cancels through its context's streaming handle stops the recording: nothing is
     * stored and no later caller can join it, so the next identical call sends its own request.
     */
    @Test
    void aCallerThatCancelsGetsNoMoreAndItsStreamIsNotStored() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        StreamedAnswer cancelling = new StreamedAnswer() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                super.onPartialResponse(partial, context);
                context.streamingHandle().cancel();
                cancelled.countDown();
            }
        };
        assistant.chat(LangChain4jOverHttpTest.joke().build(), cancelling);
        assertThat(cancelled.await(10, TimeUnit.SECONDS)).isTrue();
        StreamedAnswer next = chat(assistant, LangChain4jOverHttpTest.joke().build());
        ChatResponse nextResponse = next.response();

        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(cancelling.callbacks).hasSize(1).allSatisfy(callback -> assertThat(callback).startsWith("partial "));
        assertThat(next.callbacks).hasSizeGreaterThan(3).last().isEqualTo("complete");
        assertThat(nextResponse.aiMessage().text()).startsWith("(simulated");
    }
}
