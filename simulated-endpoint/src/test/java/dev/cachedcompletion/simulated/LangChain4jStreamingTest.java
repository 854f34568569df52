package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.FinishReason;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * LangChain4j's real OpenAiStreamingChatModel gets every word as a partial response, in order, and a
 * complete response equal to OpenAiChatModel's for the same request; a cut stream reaches onError.
 */
@Timeout(60)
class LangChain4jStreamingTest {

    private static final String MODEL = "gpt-4o-mini";

    private final SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO, Duration.ofMillis(1));
    private final CapturedWarnings warnings = new CapturedWarnings();
    private final OpenAiStreamingChatModel streaming = OpenAiStreamingChatModel.builder()
            .baseUrl(endpoint.baseUrl())
            .apiKey("simulated")
            .modelName(MODEL)
            .build();
    private final OpenAiChatModel whole = OpenAiChatModel.builder()
            .baseUrl(endpoint.baseUrl())
            .apiKey("simulated")
            .modelName(MODEL)
            .build();

    @AfterEach
    void stop() {
        warnings.close();
        endpoint.close();
    }

    @Test
    void partialResponsesArriveInOrderAndJoinToTheCompleteOne() throws Exception {
        ChatRequest request = ChatRequest.builder()
                .messages(SystemMessage.from("You are terse."), UserMessage.from("What is the capital of France?"))
                .temperature(0.0)
                .build();
        ChatResponse expected = whole.chat(request);
        Recorder recorder = new Recorder();

        streaming.chat(request, recorder);
        ChatResponse response = recorder.completion.get(30, TimeUnit.SECONDS);

        assertThat(recorder.partials).containsExactlyElementsOf(Words.pieces(expected.aiMessage().text()));
        assertThat(String.join("", recorder.partials)).isEqualTo(response.aiMessage().text());
        assertThat(response.aiMessage().text()).isEqualTo(expected.aiMessage().text());
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.id()).startsWith("chatcmpl-sim-");
        assertThat(response.modelName()).isEqualTo(MODEL);
        // LangChain4j always asks for usage ("include_usage": true); it must be the whole answer's.
        assertThat(response.tokenUsage().inputTokenCount()).isEqualTo(expected.tokenUsage().inputTokenCount());
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(expected.tokenUsage().outputTokenCount());
        assertThat(response.tokenUsage().totalTokenCount()).isEqualTo(expected.tokenUsage().totalTokenCount());
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(endpoint.streamedRequestCount()).isEqualTo(1);
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void aStreamedToolCallCompletesAsTheWholeCall() throws Exception {
        ToolSpecification weather = ToolSpecification.builder()
                .name("get_weather")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("city")
                        .addIntegerProperty("days")
                        .required("city")
                        .build())
                .build();
        ChatRequest request = ChatRequest.builder()
                .messages(UserMessage.from("What is the weather in Paris?"))
                .toolSpecifications(weather)
                .build();
        ToolExecutionRequest expected = whole.chat(request).aiMessage().toolExecutionRequests().get(0);
        Recorder recorder = new Recorder();

        streaming.chat(request, recorder);
        ChatResponse response = recorder.completion.get(30, TimeUnit.SECONDS);

        assertThat(response.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        ToolExecutionRequest call = response.aiMessage().toolExecutionRequests().get(0);
        assertThat(call.id()).startsWith("call_sim_");
        assertThat(call.name()).isEqualTo(expected.name());
        assertThat(call.arguments()).isEqualTo(expected.arguments());
        assertThat(recorder.toolCallPieces).hasSizeGreaterThan(1);
        assertThat(String.join("", recorder.toolCallPieces.stream().map(PartialToolCall::partialArguments).toList()))
                .isEqualTo(expected.arguments());
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void aStreamCutByTheBreakMarkerReachesOnError() {
        Recorder recorder = new Recorder();

        streaming.chat(ChatRequest.builder()
                .messages(UserMessage.from("Tell me a joke " + SimulatedChatEndpoint.BREAK_STREAM_MARKER))
                .build(), recorder);

        assertThatThrownBy(() -> recorder.completion.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);
        // A cut connection may drop chunks the client had not read yet (a reset discards what is buffered):
        // only "never more than was sent before the cut" is certain.
        assertThat(recorder.partials).hasSizeLessThanOrEqualTo(3);
        assertThat(endpoint.streamedRequestCount()).isEqualTo(1);
    }

    /** Keeps what the handler is told; the completion fails if onError is called. */
    private static final class Recorder implements StreamingChatResponseHandler {

        final List<String> partials = new CopyOnWriteArrayList<>();
        final List<PartialToolCall> toolCallPieces = new CopyOnWriteArrayList<>();
        final CompletableFuture<ChatResponse> completion = new CompletableFuture<>();

        @Override
        public void onPartialResponse(String partialResponse) {
            partials.add(partialResponse);
        }

        @Override
        public void onPartialToolCall(PartialToolCall partialToolCall) {
            toolCallPieces.add(partialToolCall);
        }

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            completion.complete(completeResponse);
        }

        @Override
        public void onError(Throwable error) {
            completion.completeExceptionally(error);
        }
    }
}
