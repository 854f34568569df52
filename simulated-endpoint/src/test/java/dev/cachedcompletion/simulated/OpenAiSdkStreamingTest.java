package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionChunk.Choice.Delta.Role;
import com.openai.models.chat.completions.ChatCompletionChunk.Choice.FinishReason;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real OpenAI Java SDK, with response validation on, reads every stream
 * ({@code createStreaming}) without an error and without a complaint, and gets the same answer as
 * from {@code create}; a stream cut with the break marker fails its iteration.
 */
@Timeout(60)
class OpenAiSdkStreamingTest {

    private static final String MODEL = "gpt-4o-mini";

    private final SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO, Duration.ofMillis(1));
    private final CapturedWarnings warnings = new CapturedWarnings();
    private final OpenAIClient client = OpenAIOkHttpClient.builder()
            .baseUrl(endpoint.baseUrl())
            .apiKey("simulated")
            .responseValidation(true)
            .maxRetries(0) // a cut stream must surface, not be asked again
            .build();

    @AfterEach
    void stop() {
        client.close();
        warnings.close();
        endpoint.close();
    }

    @Test
    void streamedDeltasJoinToTheWholeAnswer() {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addSystemMessage("You are terse.")
                .addUserMessage("Tell me a joke")
                .temperature(0.0)
                .build();
        ChatCompletion whole = client.chat().completions().create(params);

        List<ChatCompletionChunk> chunks = stream(params);

        String text = chunks.stream()
                .flatMap(chunk -> chunk.choices().stream())
                .map(choice -> choice.delta().content().orElse(""))
                .collect(Collectors.joining());
        assertThat(text).isEqualTo(whole.choices().get(0).message().content().orElseThrow());
        assertThat(chunks.size()).isGreaterThan(3);
        assertThat(chunks).extracting(ChatCompletionChunk::id).containsOnly(chunks.get(0).id());
        assertThat(chunks.get(0).id()).startsWith("chatcmpl-sim-").isNotEqualTo(whole.id());
        assertThat(chunks.get(0).choices().get(0).delta().role()).hasValue(Role.ASSISTANT);
        assertThat(chunks.get(chunks.size() - 1).choices().get(0).finishReason()).hasValue(FinishReason.STOP);
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.usage()).isEmpty());
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(endpoint.streamedRequestCount()).isEqualTo(1);
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void endsWithTheWholeAnswersUsageOnlyWhenAskedFor() {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addUserMessage("What is the capital of France?")
                .build();
        CompletionUsage expected = client.chat().completions().create(params).usage().orElseThrow();

        List<ChatCompletionChunk> chunks = stream(params.toBuilder()
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
                .build());

        ChatCompletionChunk last = chunks.get(chunks.size() - 1);
        assertThat(last.choices()).isEmpty();
        CompletionUsage usage = last.usage().orElseThrow();
        assertThat(usage.promptTokens()).isEqualTo(expected.promptTokens());
        assertThat(usage.completionTokens()).isEqualTo(expected.completionTokens());
        assertThat(usage.totalTokens()).isEqualTo(expected.totalTokens());
        assertThat(chunks.subList(0, chunks.size() - 1)).allSatisfy(chunk -> assertThat(chunk.usage()).isEmpty());
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void accumulatesAStreamedToolCallIntoTheWholeCall() {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addUserMessage("What is the weather in Paris?")
                .addFunctionTool(OpenAiSdkCompatibilityTest.weatherFunction())
                .build();
        ChatCompletion.Choice whole = client.chat().completions().create(params).choices().get(0);
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();

        stream(params).forEach(accumulator::accumulate);

        ChatCompletion.Choice streamed = accumulator.chatCompletion().choices().get(0);
        assertThat(streamed.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionMessageFunctionToolCall call = streamed.message().toolCalls().orElseThrow().get(0).asFunction();
        ChatCompletionMessageFunctionToolCall wholeCall = whole.message().toolCalls().orElseThrow().get(0).asFunction();
        assertThat(call.id()).startsWith("call_sim_");
        assertThat(call.function()).isEqualTo(wholeCall.function());
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void aStreamCutByTheBreakMarkerFailsItsIteration() {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addUserMessage("Tell me a joke " + SimulatedChatEndpoint.BREAK_STREAM_MARKER)
                .build();
        List<ChatCompletionChunk> received = new ArrayList<>();

        Throwable failure = catchThrowable(() -> {
            try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
                stream.stream().forEach(received::add);
            }
        });

        assertThat(failure).isNotNull();
        assertThat(causes(failure)).anySatisfy(cause -> assertThat(cause).isInstanceOf(IOException.class));
        // A cut connection may drop chunks the client had not read yet (a reset discards what is buffered):
        // only "never more than was sent before the cut" is certain.
        assertThat(received).hasSizeLessThanOrEqualTo(4);
        assertThat(received).allSatisfy(chunk -> assertThat(chunk.choices().get(0).finishReason()).isEmpty());
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(endpoint.streamedRequestCount()).isEqualTo(1);
    }

    private List<ChatCompletionChunk> stream(ChatCompletionCreateParams params) {
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
            return stream.stream().toList();
        }
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
