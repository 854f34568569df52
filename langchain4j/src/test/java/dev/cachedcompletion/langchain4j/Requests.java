package dev.cachedcompletion.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.AudioContent;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.CustomMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.PdfFileContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.message.VideoContent;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A conversation with every kind of message, content and schema element, built fresh on every
 * call so that tests compare equal requests, never one request with itself.
 */
final class Requests {

    private Requests() {}

    /** The ids OpenAI made up for the two tool calls; tests swap them for others. */
    static List<ChatMessage> messages(String firstCallId, String secondCallId) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from("You are a terse travel assistant."));
        messages.add(UserMessage.builder()
                .name("ada")
                .contents(List.of(
                        TextContent.from("What should I wear in Z\u00fcrich tomorrow? \ud83e\udde5"),
                        ImageContent.from("https://example.com/wardrobe.jpg", ImageContent.DetailLevel.HIGH),
                        ImageContent.from("iVBORw0KGgo=", "image/png"),
                        AudioContent.from("UklGRg==", "audio/wav"),
                        PdfFileContent.from("https://example.com/forecast.pdf"),
                        VideoContent.from("https://example.com/street.mp4")))
                .attributes(Map.of("sessionStart", System.nanoTime()))
                .build());
        messages.add(AiMessage.builder()
                .thinking("I need the forecast and the local time.")
                .toolExecutionRequests(List.of(
                        ToolExecutionRequest.builder()
                                .id(firstCallId)
                                .name("get_weather")
                                .arguments("{\"city\":\"Z\u00fcrich\",\"days\":1}")
                                .build(),
                        ToolExecutionRequest.builder()
                                .id(secondCallId)
                                .name("get_time")
                                .arguments("{}")
                                .build()))
                .build());
        messages.add(ToolExecutionResultMessage.from(firstCallId, "get_weather", "4\u00b0C, rain"));
        messages.add(ToolExecutionResultMessage.builder()
                .id(secondCallId)
                .toolName("get_time")
                .text("07:30")
                .isError(false)
                .attributes(Map.of("durationNanos", System.nanoTime()))
                .build());
        messages.add(AiMessage.from("A warm coat and an umbrella."));
        messages.add(new CustomMessage(Map.of("role", "note", "text", "prefers metric")));
        messages.add(UserMessage.from("And the day after?"));
        return messages;
    }

    static List<ChatMessage> messages() {
        return messages("call_Jx6bHkq2", "call_Pq81mZt0");
    }

    static ToolSpecification weatherTool() {
        return ToolSpecification.builder()
                .name("get_weather")
                .description("The forecast for a city")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("city", "The city's name")
                        .addIntegerProperty("days", "How many days ahead")
                        .addNumberProperty("latitude")
                        .addBooleanProperty("metric")
                        .addEnumProperty("detail", List.of("brief", "full"))
                        .addProperty("hours", JsonArraySchema.builder()
                                .description("Hours of the day")
                                .items(JsonIntegerSchema.builder().build())
                                .build())
                        .addProperty("place", JsonAnyOfSchema.builder()
                                .anyOf(JsonStringSchema.builder().build(), new JsonNullSchema())
                                .build())
                        .addProperty("region", JsonReferenceSchema.builder().reference("region").build())
                        .addProperty("extra", JsonRawSchema.from("{\"type\":\"object\"}"))
                        .definitions(Map.of("region", JsonObjectSchema.builder()
                                .addStringProperty("name")
                                .addProperty("parent", JsonReferenceSchema.builder().reference("region").build())
                                .build()))
                        .required("city")
                        .additionalProperties(false)
                        .build())
                .strict(true)
                .build();
    }

    static ToolSpecification timeTool() {
        return ToolSpecification.builder()
                .name("get_time")
                .description("The local time")
                .build();
    }

    static ResponseFormat jsonAnswer() {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder()
                        .name("advice")
                        .rootElement(JsonObjectSchema.builder()
                                .addStringProperty("clothing")
                                .addBooleanProperty("umbrella")
                                .addProperty("confidence", JsonNumberSchema.builder().description("0 to 1").build())
                                .addProperty("warm", JsonBooleanSchema.builder().build())
                                .build())
                        .build())
                .build();
    }

    static final ToolChoice TOOL_CHOICE = ToolChoice.AUTO;
}
