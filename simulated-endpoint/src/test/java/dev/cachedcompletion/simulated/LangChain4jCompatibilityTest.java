package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** LangChain4j's real OpenAiChatModel reads every answer without an error and without a warning. */
@Timeout(60)
class LangChain4jCompatibilityTest {

    private static final String MODEL = "gpt-4o-mini";

    private final SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO);
    private final CapturedWarnings warnings = new CapturedWarnings();
    private final OpenAiChatModel model = OpenAiChatModel.builder()
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
    void readsATextAnswerAndItsUsage() {
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(SystemMessage.from("You are terse."), UserMessage.from("Tell me a joke"))
                .temperature(0.0)
                .build());

        String text = response.aiMessage().text();
        assertThat(text).startsWith("(simulated gpt-4o-mini) ");
        assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(response.id()).startsWith("chatcmpl-sim-");
        assertThat(response.modelName()).isEqualTo(MODEL);
        TokenUsage usage = response.tokenUsage();
        assertThat(usage.inputTokenCount()).isEqualTo(7);
        assertThat(usage.outputTokenCount()).isEqualTo(text.split(" ").length);
        assertThat(usage.totalTokenCount()).isEqualTo(usage.inputTokenCount() + usage.outputTokenCount());
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void readsAToolCallAndAnswersItsResult() {
        ToolSpecification weather = ToolSpecification.builder()
                .name("get_weather")
                .description("Current weather for a city")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("city")
                        .addIntegerProperty("days")
                        .addBooleanProperty("metric")
                        .required("city")
                        .build())
                .build();
        UserMessage question = UserMessage.from("What is the weather in Paris?");

        ChatResponse call = model.chat(ChatRequest.builder().messages(question).toolSpecifications(weather).build());

        assertThat(call.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
        AiMessage asked = call.aiMessage();
        assertThat(asked.hasToolExecutionRequests()).isTrue();
        ToolExecutionRequest request = asked.toolExecutionRequests().get(0);
        assertThat(request.id()).startsWith("call_sim_");
        assertThat(request.name()).isEqualTo("get_weather");
        assertThat(request.arguments()).isEqualTo("{\"city\":\"example\",\"days\":1,\"metric\":true}");
        assertThat(call.tokenUsage().outputTokenCount()).isEqualTo(1);

        ChatResponse answer = model.chat(ChatRequest.builder()
                .messages(question, asked, ToolExecutionResultMessage.from(request, "Sunny, 21 degrees"))
                .toolSpecifications(weather)
                .build());

        assertThat(answer.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(answer.aiMessage().text())
                .isEqualTo("(simulated gpt-4o-mini) The tool returned: \"Sunny, 21 degrees\".");
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(warnings.all()).isEmpty();
    }

    @Test
    void readsAnAnswerCutByTheTokenLimit() {
        ChatResponse response = model.chat(ChatRequest.builder()
                .messages(UserMessage.from("What is the capital of France?"))
                .maxOutputTokens(3)
                .build());

        assertThat(response.finishReason()).isEqualTo(FinishReason.LENGTH);
        assertThat(response.aiMessage().text()).isEqualTo("(simulated gpt-4o-mini) You");
        assertThat(response.tokenUsage().outputTokenCount()).isEqualTo(3);
        assertThat(warnings.all()).isEmpty();
    }
}
