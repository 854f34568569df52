package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletion.Choice.FinishReason;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.completions.CompletionUsage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real OpenAI Java SDK, with response validation on, reads every answer without an error and
 * without a complaint in its logs.
 */
@Timeout(60)
class OpenAiSdkCompatibilityTest {

    private static final String MODEL = "gpt-4o-mini";

    private final SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO);
    private final CapturedWarnings warnings = new CapturedWarnings();
    private final OpenAIClient client = OpenAIOkHttpClient.builder()
            .baseUrl(endpoint.baseUrl())
            .apiKey("simulated")
            .responseValidation(true) // a missing required field fails the call instead of a later getter
            .build();

    @AfterEach
    void stop() {
        client.close();
        warnings.close();
        endpoint.close();
    }

    @Test
    void readsATextAnswerAndItsUsage() {
        ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addSystemMessage("You are terse.")
                .addUserMessage("Tell me a joke")
                .temperature(0.0)
                .build());

        assertThat(completion.id()).startsWith("chatcmpl-sim-");
        assertThat(completion.model()).isEqualTo(MODEL);
        ChatCompletion.Choice choice = completion.choices().get(0);
        assertThat(choice.finishReason()).isEqualTo(FinishReason.STOP);
        String text = choice.message().content().orElseThrow();
        assertThat(text).startsWith("(simulated gpt-4o-mini) ");
        CompletionUsage usage = completion.usage().orElseThrow();
        assertThat(usage.promptTokens()).isEqualTo(7);
        assertThat(usage.completionTokens()).isEqualTo(text.split(" ").length);
        assertThat(usage.totalTokens()).isEqualTo(usage.promptTokens() + usage.completionTokens());
        assertThat(usage.promptTokensDetails().orElseThrow().cachedTokens()).hasValue(0L);
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void readsAToolCallAndAnswersItsResult() {
        ChatCompletionCreateParams ask = ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addUserMessage("What is the weather in Paris?")
                .addFunctionTool(weatherFunction())
                .build();
        ChatCompletion call = client.chat().completions().create(ask);

        ChatCompletion.Choice choice = call.choices().get(0);
        assertThat(choice.finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
        assertThat(choice.message().content()).isEmpty();
        ChatCompletionMessageFunctionToolCall toolCall =
                choice.message().toolCalls().orElseThrow().get(0).asFunction();
        assertThat(toolCall.id()).startsWith("call_sim_");
        assertThat(toolCall.function().name()).isEqualTo("get_weather");
        // Map.of above has no order, so compare the arguments as JSON, not as text.
        assertThat(RawClient.parse(toolCall.function().arguments()))
                .isEqualTo(RawClient.parse("{\"city\":\"example\",\"days\":1}"));

        ChatCompletion answer = client.chat().completions().create(ask.toBuilder()
                .addMessage(choice.message())
                .addMessage(ChatCompletionToolMessageParam.builder()
                        .toolCallId(toolCall.id())
                        .content("Sunny, 21 degrees")
                        .build())
                .build());

        assertThat(answer.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(answer.choices().get(0).message().content()).hasValue(
                "(simulated gpt-4o-mini) The tool returned: \"Sunny, 21 degrees\".");
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void readsAnAnswerCutByTheTokenLimit() {
        ChatCompletion completion = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addUserMessage("What is the capital of France?")
                .maxCompletionTokens(3)
                .build());

        assertThat(completion.choices().get(0).finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(completion.choices().get(0).message().content()).hasValue("(simulated gpt-4o-mini) You");
        assertThat(completion.usage().orElseThrow().completionTokens()).isEqualTo(3);
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void sendsTheRequestInOpenAisWireFormat() {
        client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model(MODEL)
                .addUserMessage("hi")
                .build());

        JsonNode body = RawClient.parse(endpoint.requestBodies().get(0));
        assertThat(body.get("model").asText()).isEqualTo(MODEL);
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/0/content").asText()).isEqualTo("hi");
    }

    static FunctionDefinition weatherFunction() {
        return FunctionDefinition.builder()
                .name("get_weather")
                .description("Current weather for a city")
                .parameters(FunctionParameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of(
                                "city", Map.of("type", "string"),
                                "days", Map.of("type", "integer"))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("city")))
                        .build())
                .build();
    }
}
