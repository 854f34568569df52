package dev.cachedcompletion.openai;

import com.openai.core.JsonValue;
import com.openai.models.ChatModel;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import java.util.List;
import java.util.Map;

/** Requests like an application sends: a weather assistant with one tool. */
final class Requests {

    private Requests() {
    }

    static FunctionDefinition weatherFunction(String description, String unitType) {
        return FunctionDefinition.builder()
                .name("get_weather")
                .description(description)
                .parameters(FunctionParameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of(
                                "city", Map.of("type", "string"),
                                "unit", Map.of("type", unitType, "enum", List.of("celsius", "fahrenheit")))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("city")))
                        .build())
                .strict(false)
                .build();
    }

    static ChatCompletionFunctionTool weatherTool() {
        return ChatCompletionFunctionTool.builder()
                .function(weatherFunction("Current weather in a city", "string"))
                .build();
    }

    /** The builder of the question with the weather tool, for tests to add to. */
    static ChatCompletionCreateParams.Builder question() {
        return questionWithoutTools().addTool(weatherTool());
    }

    static ChatCompletionCreateParams.Builder questionWithoutTools() {
        return ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addSystemMessage("You answer weather questions briefly.")
                .addUserMessage("What is the weather in Paris and in Lyon?")
                .temperature(0.2);
    }

    /**
     * The question, the assistant's two tool calls with ids {@code idParis} and {@code idLyon}, and
     * the tool results, the first answering {@code resultFirst}, the second {@code resultSecond}.
     */
    static ChatCompletionCreateParams conversation(String idParis, String idLyon, String resultFirst, String resultSecond) {
        return question()
                .addMessage(ChatCompletionAssistantMessageParam.builder()
                        .addToolCall(call(idParis, "Paris"))
                        .addToolCall(call(idLyon, "Lyon"))
                        .build())
                .addMessage(toolResult(resultFirst, "18°C, sunny"))
                .addMessage(toolResult(resultSecond, "14°C, rain"))
                .build();
    }

    static ChatCompletionCreateParams conversation(String idParis, String idLyon) {
        return conversation(idParis, idLyon, idParis, idLyon);
    }

    private static ChatCompletionMessageFunctionToolCall call(String id, String city) {
        return ChatCompletionMessageFunctionToolCall.builder()
                .id(id)
                .function(ChatCompletionMessageFunctionToolCall.Function.builder()
                        .name("get_weather")
                        .arguments("{\"city\":\"" + city + "\"}")
                        .build())
                .build();
    }

    private static ChatCompletionToolMessageParam toolResult(String callId, String text) {
        return ChatCompletionToolMessageParam.builder().toolCallId(callId).content(text).build();
    }
}
