package dev.cachedcompletion.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.CustomMessage;
import dev.langchain4j.data.message.ImageContent;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChatRequestKeyEncoderTest {

    private final ChatRequestKeyEncoder encoder = new ChatRequestKeyEncoder();

    private static OpenAiChatRequestParameters.Builder parameters() {
        return OpenAiChatRequestParameters.builder()
                .modelName("gpt-4o-mini")
                .temperature(0.2)
                .topP(0.9)
                .topK(40)
                .frequencyPenalty(0.1)
                .presencePenalty(0.0)
                .maxOutputTokens(200)
                .stopSequences("END", "STOP")
                .toolSpecifications(Requests.weatherTool(), Requests.timeTool())
                .toolChoice(ToolChoice.AUTO)
                .responseFormat(Requests.jsonAnswer())
                .maxCompletionTokens(300)
                .logitBias(Map.of("50256", -100))
                .parallelToolCalls(true)
                .seed(42)
                .reasoningEffort("low")
                .logprobs(false)
                .customParameters(Map.of("verbosity", "low"))
                .user("user-1234")
                .store(true)
                .metadata(Map.of("trace", "a1"))
                .serviceTier("flex");
    }

    private static ChatRequest request() {
        return request(UnaryOperator.identity());
    }

    private static ChatRequest request(UnaryOperator<OpenAiChatRequestParameters.Builder> change) {
        return ChatRequest.builder().messages(Requests.messages()).parameters(change.apply(parameters()).build()).build();
    }

    private static ChatRequest withMessages(List<ChatMessage> messages) {
        return ChatRequest.builder().messages(messages).parameters(parameters().build()).build();
    }

    private static ChatRequest withMessage(int index, ChatMessage replacement) {
        List<ChatMessage> messages = Requests.messages();
        messages.set(index, replacement);
        return withMessages(messages);
    }

    private static JsonObjectSchema weatherParameters(UnaryOperator<JsonObjectSchema.Builder> change) {
        return change.apply(Requests.weatherTool().parameters().toBuilder()).build();
    }

    private static ToolSpecification weatherToolWith(JsonObjectSchema parameters) {
        return Requests.weatherTool().toBuilder().parameters(parameters).build();
    }

    @Test
    void equalRequestsHaveEqualTrees() {
        ChatRequest first = request();
        ChatRequest second = request();

        Object tree = encoder.keyTree(first);

        assertThat(encoder.keyTree(second)).isEqualTo(tree);
        KeyTrees.assertCanonical(tree);
        assertThat(KeyTrees.hasOpaque(tree)).as("every part of the request is a known kind").isFalse();
    }

    static Stream<Arguments> changesThatChangeTheAnswer() {
        return Stream.of(
                changed("temperature", request(p -> p.temperature(0.3))),
                changed("model name", request(p -> p.modelName("gpt-4o"))),
                changed("top P", request(p -> p.topP(0.8))),
                changed("top K", request(p -> p.topK(41))),
                changed("frequency penalty", request(p -> p.frequencyPenalty(0.2))),
                changed("presence penalty", request(p -> p.presencePenalty(0.1))),
                changed("max output tokens", request(p -> p.maxOutputTokens(201))),
                changed("a stop sequence", request(p -> p.stopSequences("END"))),
                changed("tool choice", request(p -> p.toolChoice(ToolChoice.REQUIRED))),
                changed("a tool added", request(p -> p.toolSpecifications(
                        Requests.weatherTool(), Requests.timeTool(), ToolSpecification.builder().name("x").build()))),
                changed("a tool removed", request(p -> p.toolSpecifications(Requests.weatherTool()))),
                changed("a tool's description", request(p -> p.toolSpecifications(
                        Requests.weatherTool(), Requests.timeTool().toBuilder().description("The time").build()))),
                changed("a tool's strict flag", request(p -> p.toolSpecifications(
                        Requests.weatherTool().toBuilder().strict(false).build(), Requests.timeTool()))),
                changed("a tool's metadata", request(p -> p.toolSpecifications(
                        Requests.weatherTool().toBuilder().addMetadata("cache_control", "ephemeral").build(),
                        Requests.timeTool()))),
                changed("a tool parameter added", request(p -> p.toolSpecifications(
                        weatherToolWith(weatherParameters(s -> s.addStringProperty("country"))), Requests.timeTool()))),
                changed("a tool parameter's description", request(p -> p.toolSpecifications(
                        weatherToolWith(weatherParameters(s -> s.addStringProperty("city", "Name of the city"))),
                        Requests.timeTool()))),
                changed("a tool parameter's type", request(p -> p.toolSpecifications(
                        weatherToolWith(weatherParameters(s -> s.addNumberProperty("days", "How many days ahead"))),
                        Requests.timeTool()))),
                changed("a tool's required parameters", request(p -> p.toolSpecifications(
                        weatherToolWith(weatherParameters(s -> s.required("city", "days"))), Requests.timeTool()))),
                changed("a tool's enum values", request(p -> p.toolSpecifications(
                        weatherToolWith(weatherParameters(s -> s.addEnumProperty("detail", List.of("brief")))),
                        Requests.timeTool()))),
                changed("additional properties", request(p -> p.toolSpecifications(
                        weatherToolWith(weatherParameters(s -> s.additionalProperties(true))), Requests.timeTool()))),
                changed("a tool's property order", request(p -> p.toolSpecifications(
                        weatherToolWith(reversedProperties(Requests.weatherTool().parameters())), Requests.timeTool()))),
                changed("response format", request(p -> p.responseFormat(ResponseFormat.JSON))),
                changed("no response format", request(p -> p.responseFormat((ResponseFormat) null))),
                changed("the response schema's name", request(p -> p.responseFormat(ResponseFormat.builder()
                        .type(Requests.jsonAnswer().type())
                        .jsonSchema(JsonSchema.builder()
                                .name("other")
                                .rootElement(Requests.jsonAnswer().jsonSchema().rootElement())
                                .build())
                        .build()))),
                changed("max completion tokens", request(p -> p.maxCompletionTokens(301))),
                changed("logit bias", request(p -> p.logitBias(Map.of("50256", -50)))),
                changed("parallel tool calls", request(p -> p.parallelToolCalls(false))),
                changed("seed", request(p -> p.seed(43))),
                changed("reasoning effort", request(p -> p.reasoningEffort("high"))),
                changed("log probabilities", request(p -> p.logprobs(true))),
                changed("top log probabilities", request(p -> p.topLogprobs(3))),
                changed("a custom parameter", request(p -> p.customParameters(Map.of("verbosity", "high")))),
                changed("the system message", withMessage(0, SystemMessage.from("You are a chatty travel assistant."))),
                changed("the user's name", withMessage(1, ((UserMessage) Requests.messages().get(1)).toBuilder()
                        .name("grace").build())),
                changed("the user's text", withMessage(1, ((UserMessage) Requests.messages().get(1)).toBuilder()
                        .contents(replaced(((UserMessage) Requests.messages().get(1)).contents(), 0,
                                TextContent.from("What should I wear in Bern tomorrow?")))
                        .build())),
                changed("an image's URL", withMessage(1, ((UserMessage) Requests.messages().get(1)).toBuilder()
                        .contents(replaced(((UserMessage) Requests.messages().get(1)).contents(), 1,
                                ImageContent.from("https://example.com/other.jpg", ImageContent.DetailLevel.HIGH)))
                        .build())),
                changed("an image's detail level", withMessage(1, ((UserMessage) Requests.messages().get(1)).toBuilder()
                        .contents(replaced(((UserMessage) Requests.messages().get(1)).contents(), 1,
                                ImageContent.from("https://example.com/wardrobe.jpg", ImageContent.DetailLevel.LOW)))
                        .build())),
                changed("an inline image's data", withMessage(1, ((UserMessage) Requests.messages().get(1)).toBuilder()
                        .contents(replaced(((UserMessage) Requests.messages().get(1)).contents(), 2,
                                ImageContent.from("R0lGODlh", "image/png")))
                        .build())),
                changed("a tool call's arguments", withMessage(2, AiMessage.builder()
                        .thinking("I need the forecast and the local time.")
                        .toolExecutionRequests(List.of(
                                call("call_Jx6bHkq2", "get_weather", "{\"city\":\"Bern\",\"days\":1}"),
                                call("call_Pq81mZt0", "get_time", "{}")))
                        .build())),
                changed("the AI's thinking", withMessage(2, ((AiMessage) Requests.messages().get(2)).toBuilder()
                        .thinking("Forecast first.").build())),
                changed("a tool result's text", withMessage(3, ToolExecutionResultMessage.from(
                        "call_Jx6bHkq2", "get_weather", "12\u00b0C, sun"))),
                changed("a tool result's error flag", withMessage(4, ((ToolExecutionResultMessage) Requests.messages().get(4))
                        .toBuilder().isError(true).build())),
                changed("which call a result answers", withMessage(3, ToolExecutionResultMessage.from(
                        "call_Pq81mZt0", "get_weather", "4\u00b0C, rain"))),
                changed("the AI's text", withMessage(5, AiMessage.from("A coat."))),
                changed("a custom message", withMessage(6, new CustomMessage(
                        Map.of("role", "note", "text", "prefers imperial")))),
                changed("the last user text", withMessage(7, UserMessage.from("And next week?"))),
                changed("two messages swapped", withMessages(swapped(Requests.messages(), 3, 4))),
                changed("a message removed", withMessages(Requests.messages().subList(0, 7))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesThatChangeTheAnswer")
    void aChangeThatCanChangeTheAnswerChangesTheTree(String change, ChatRequest changed) {
        Object tree = encoder.keyTree(changed);

        assertThat(tree).isNotEqualTo(encoder.keyTree(request()));
        KeyTrees.assertCanonical(tree);
    }

    @Test
    void otherToolCallIdsInTheSameConversationGiveTheSameTree() {
        ChatRequest original = withMessages(Requests.messages("call_Jx6bHkq2", "call_Pq81mZt0"));
        ChatRequest replayed = withMessages(Requests.messages("call_9f3LwQe1", "call_Zz0aA11b"));

        assertThat(encoder.keyTree(replayed)).isEqualTo(encoder.keyTree(original));
    }

    @Test
    void openAiParametersThatDoNotChangeTheAnswerAreLeftOut() {
        ChatRequest other = request(p -> p.user("someone-else").metadata(Map.of("trace", "b2")).store(false).serviceTier("priority"));

        assertThat(encoder.keyTree(other)).isEqualTo(encoder.keyTree(request()));
    }

    @Test
    void attributesThatAreNeverSentAreLeftOut() {
        // Requests.messages() puts a fresh System.nanoTime() into them every time; this pins it.
        List<ChatMessage> messages = Requests.messages();
        messages.set(7, UserMessage.builder()
                .contents(List.of(TextContent.from("And the day after?")))
                .attributes(Map.of("memoryId", "m-1"))
                .build());

        assertThat(encoder.keyTree(withMessages(messages))).isEqualTo(encoder.keyTree(request()));
    }

    @Test
    void commonParametersKeyWithoutAnOpenAiPart() {
        ChatRequestParameters common = DefaultChatRequestParameters.builder().modelName("llama3").temperature(0.0).build();

        Object tree = encoder.keyTree(ChatRequest.builder().messages(UserMessage.from("Hi")).parameters(common).build());

        KeyTrees.assertCanonical(tree);
        assertThat(KeyTrees.hasOpaque(tree)).isFalse();
        assertThat(tree).isNotEqualTo(encoder.keyTree(ChatRequest.builder()
                .messages(UserMessage.from("Hi"))
                .parameters(DefaultChatRequestParameters.builder().modelName("llama3").temperature(0.5).build())
                .build()));
    }

    @Test
    void unknownClassesAreKeyedByClassNameAndDescription() {
        ChatMessage unknownMessage = new SystemMessage("x") {
            @Override
            public String toString() {
                return "MySystemMessage { x, cache = true }";
            }
        };
        JsonSchemaElement unknownElement = () -> "described only by its description";
        ChatRequestParameters unknownParameters = new DefaultChatRequestParameters(
                DefaultChatRequestParameters.builder().modelName("m")) {
            @Override
            public String toString() {
                return "MyParameters { safetyLevel = 3 }";
            }
        };
        ChatRequest request = ChatRequest.builder()
                .messages(unknownMessage)
                .parameters(DefaultChatRequestParameters.builder()
                        .toolSpecifications(ToolSpecification.builder()
                                .name("t")
                                .parameters(JsonObjectSchema.builder().addProperty("p", unknownElement).build())
                                .build())
                        .build())
                .build();

        Object tree = encoder.keyTree(request);
        Object parametersTree = encoder.keyTree(ChatRequest.builder()
                .messages(UserMessage.from("Hi"))
                .parameters(unknownParameters)
                .build());

        KeyTrees.assertCanonical(tree);
        KeyTrees.assertCanonical(parametersTree);
        assertThat(tree.toString()).contains("MySystemMessage { x, cache = true }", unknownElement.getClass().getName());
        assertThat(parametersTree.toString()).contains("MyParameters { safetyLevel = 3 }");
        // A subclass is not keyed as its parent, which may hold less.
        assertThat(tree).isNotEqualTo(encoder.keyTree(request.toBuilder().messages(SystemMessage.from("x")).build()));
    }

    @Test
    void freeFormValuesKeepTheirStructure() {
        Map<String, Object> custom = Map.of(
                "nested", Map.of("list", List.of(1, 2.5, "three")),
                "array", new int[] {1, 2},
                "short", (short) 7,
                "object", new StringBuilder("sb"));

        Object tree = encoder.keyTree(request(p -> p.customParameters(custom)));

        KeyTrees.assertCanonical(tree);
        assertThat(tree).isNotEqualTo(encoder.keyTree(request(p -> p.customParameters(Map.of("nested", Map.of())))));
    }

    @Test
    void formNamesTheTreeAndItsVersion() {
        assertThat(encoder.form()).isEqualTo("langchain4j.ChatRequest/1");
    }

    private static Arguments changed(String what, ChatRequest request) {
        return Arguments.of(what, request);
    }

    private static ToolExecutionRequest call(String id, String name, String arguments) {
        return ToolExecutionRequest.builder().id(id).name(name).arguments(arguments).build();
    }

    private static <T> List<T> replaced(List<T> list, int index, T replacement) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, replacement);
        return copy;
    }

    private static <T> List<T> swapped(List<T> list, int i, int j) {
        List<T> copy = new ArrayList<>(list);
        Collections.swap(copy, i, j);
        return copy;
    }

    private static JsonObjectSchema reversedProperties(JsonObjectSchema schema) {
        List<Map.Entry<String, JsonSchemaElement>> entries = new ArrayList<>(schema.properties().entrySet());
        Collections.reverse(entries);
        JsonObjectSchema.Builder builder = JsonObjectSchema.builder()
                .description(schema.description())
                .required(schema.required())
                .additionalProperties(schema.additionalProperties())
                .definitions(schema.definitions());
        entries.forEach(entry -> builder.addProperty(entry.getKey(), entry.getValue()));
        return builder.build();
    }
}
