package dev.cachedcompletion.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.DefaultChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.content.Media;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;
import org.springframework.util.MimeTypeUtils;

/**
 * What the key of a {@link Prompt} covers: each change the model would see gives another key, each
 * prompt built again the same way gives the same key, and what the encoder cannot see into is refused.
 */
class PromptKeyEncoderTest {

    private final PromptKeyEncoder encoder = new PromptKeyEncoder();

    record City(String city) {}

    private static ToolCallback tool(String name, String description, Class<?> input) {
        return FunctionToolCallback.builder(name, (City city) -> "sunny").description(description).inputType(input).build();
    }

    record Town(String town) {}

    private static OpenAiChatOptions.Builder openAi() {
        return OpenAiChatOptions.builder().model("gpt-4o-mini").temperature(0.0).baseUrl("http://127.0.0.1:1/v1");
    }

    private static Prompt prompt(String text, ChatOptions options) {
        return new Prompt(List.of(new SystemMessage("Be brief"), new UserMessage(text)), options);
    }

    private static Prompt base() {
        return prompt("Tell me a joke", openAi().build());
    }

    private static Prompt withOptions(OpenAiChatOptions.Builder options) {
        return prompt("Tell me a joke", options.build());
    }

    private static Prompt conversation(String callId, String arguments, String toolResult) {
        return new Prompt(List.<Message>of(
                new UserMessage("Weather in Paris?"),
                AssistantMessage.builder().content("")
                        .toolCalls(List.of(new AssistantMessage.ToolCall(callId, "function", "get_weather", arguments))).build(),
                ToolResponseMessage.builder()
                        .responses(List.of(new ToolResponseMessage.ToolResponse(callId, "get_weather", toolResult))).build()),
                openAi().build());
    }

    private static Prompt withImage(byte[] bytes) {
        return new Prompt(UserMessage.builder().text("What is this?")
                .media(Media.builder().mimeType(MimeTypeUtils.IMAGE_PNG).data(bytes).build()).build(), openAi().build());
    }

    @Test
    void eachChangeTheModelSeesGivesAnotherKey() {
        Map<String, Supplier<Prompt>> variants = new LinkedHashMap<>();
        variants.put("base", PromptKeyEncoderTest::base);
        variants.put("user text", () -> prompt("Tell me a pun", openAi().build()));
        variants.put("system text", () -> new Prompt(List.of(new SystemMessage("Be long"), new UserMessage("Tell me a joke")), openAi().build()));
        variants.put("message type", () -> new Prompt(List.of(new UserMessage("Be brief"), new UserMessage("Tell me a joke")), openAi().build()));
        variants.put("message order", () -> new Prompt(List.of(new UserMessage("Tell me a joke"), new SystemMessage("Be brief")), openAi().build()));
        variants.put("no options", () -> prompt("Tell me a joke", null));
        variants.put("model", () -> withOptions(openAi().model("gpt-4o")));
        variants.put("temperature", () -> withOptions(openAi().temperature(0.7)));
        variants.put("top-p", () -> withOptions(openAi().topP(0.5)));
        variants.put("max tokens", () -> withOptions(openAi().maxTokens(10)));
        variants.put("max completion tokens", () -> withOptions(openAi().maxCompletionTokens(10)));
        variants.put("stop", () -> withOptions(openAi().stop(List.of("\n"))));
        variants.put("frequency penalty", () -> withOptions(openAi().frequencyPenalty(0.5)));
        variants.put("presence penalty", () -> withOptions(openAi().presencePenalty(0.5)));
        variants.put("seed", () -> withOptions(openAi().seed(7)));
        variants.put("n", () -> withOptions(openAi().n(2)));
        variants.put("logprobs", () -> withOptions(openAi().logprobs(true)));
        variants.put("logit bias", () -> withOptions(openAi().logitBias(Map.of("50256", -100))));
        variants.put("reasoning effort", () -> withOptions(openAi().reasoningEffort("low")));
        variants.put("verbosity", () -> withOptions(openAi().verbosity("low")));
        variants.put("tool choice", () -> withOptions(openAi().toolChoice("none")));
        variants.put("parallel tool calls", () -> withOptions(openAi().parallelToolCalls(false)));
        variants.put("extra body", () -> withOptions(openAi().extraBody(Map.of("top_k", 5))));
        variants.put("stream usage", () -> withOptions(openAi().streamUsage(true)));
        variants.put("base URL", () -> withOptions(openAi().baseUrl("http://127.0.0.1:2/v1")));
        variants.put("response format", () -> withOptions(openAi().responseFormat(
                OpenAiChatModel.ResponseFormat.builder().type(OpenAiChatModel.ResponseFormat.Type.JSON_OBJECT).build())));
        variants.put("json schema", () -> withOptions(openAi().responseFormat(OpenAiChatModel.ResponseFormat.builder()
                .type(OpenAiChatModel.ResponseFormat.Type.JSON_SCHEMA).jsonSchema("{\"type\":\"object\"}").build())));
        variants.put("tool", () -> withOptions(openAi().toolCallbacks(tool("get_weather", "Weather", City.class))));
        variants.put("tool name", () -> withOptions(openAi().toolCallbacks(tool("get_forecast", "Weather", City.class))));
        variants.put("tool description", () -> withOptions(openAi().toolCallbacks(tool("get_weather", "Forecast", City.class))));
        variants.put("tool schema", () -> withOptions(openAi().toolCallbacks(tool("get_weather", "Weather", Town.class))));
        variants.put("tool context", () -> withOptions(openAi().toolContext(Map.of("tenant", "a"))));
        variants.put("default options", () -> prompt("Tell me a joke", ChatOptions.builder().model("gpt-4o-mini").temperature(0.0).build()));
        variants.put("tool-calling options", () -> prompt("Tell me a joke",
                ToolCallingChatOptions.builder().model("gpt-4o-mini").temperature(0.0).build()));
        variants.put("tool call", () -> conversation("call_1", "{\"city\":\"Paris\"}", "sunny"));
        variants.put("tool call arguments", () -> conversation("call_1", "{\"city\":\"Rome\"}", "sunny"));
        variants.put("tool response", () -> conversation("call_1", "{\"city\":\"Paris\"}", "rainy"));
        variants.put("image", () -> withImage(new byte[] {1, 2, 3}));
        variants.put("other image", () -> withImage(new byte[] {1, 2, 4}));
        variants.put("user metadata", () -> new Prompt(List.of(new SystemMessage("Be brief"),
                UserMessage.builder().text("Tell me a joke").metadata(Map.of("lang", "en")).build()), openAi().build()));

        Map<Object, String> seen = new LinkedHashMap<>();
        variants.forEach((name, prompt) -> {
            Object key = encoder.keyTree(prompt.get());
            assertThat(seen.putIfAbsent(key, name)).as(name + " must not key like another variant").isNull();
            assertThat(encoder.keyTree(prompt.get())).as(name + " built again").isEqualTo(key);
        });
    }

    @Test
    void whatDoesNotReachTheModelOrChangesOnEveryCallIsLeftOut() {
        Object key = encoder.keyTree(base());

        assertThat(encoder.keyTree(withOptions(openAi().apiKey("sk-other")))).as("API key").isEqualTo(key);
        assertThat(encoder.keyTree(withOptions(openAi().timeout(Duration.ofSeconds(5))))).as("timeout").isEqualTo(key);
        assertThat(encoder.keyTree(withOptions(openAi().maxRetries(7)))).as("retries").isEqualTo(key);
        assertThat(encoder.keyTree(withOptions(openAi().user("user-42")))).as("end-user id").isEqualTo(key);
        assertThat(encoder.keyTree(withOptions(openAi().store(true)))).as("store").isEqualTo(key);
        assertThat(encoder.keyTree(withOptions(openAi().metadata(Map.of("run", "1"))))).as("metadata").isEqualTo(key);
        assertThat(encoder.keyTree(withOptions(openAi().serviceTier("flex")))).as("service tier").isEqualTo(key);
        assertThat(encoder.keyTree(withOptions(openAi().customHeaders(Map.of("X-Trace", "1"))))).as("headers").isEqualTo(key);
        // Tool-call ids are made up anew by the provider on each call; which response answers which call still counts.
        assertThat(encoder.keyTree(conversation("call_A", "{\"city\":\"Paris\"}", "sunny")))
                .isEqualTo(encoder.keyTree(conversation("call_B", "{\"city\":\"Paris\"}", "sunny")));
        // Spring AI names media it was given no name for with a random UUID.
        assertThat(encoder.keyTree(withImage(new byte[] {1, 2, 3}))).isEqualTo(encoder.keyTree(withImage(new byte[] {1, 2, 3})));
    }

    @Test
    void whatTheEncoderCannotSeeIntoIsRefused() {
        ChatOptions unknownOptions = new DefaultChatOptions("gpt-4o-mini", null, null, null, null, 0.0, null, null) {};
        assertThatThrownBy(() -> encoder.keyTree(prompt("Tell me a joke", unknownOptions)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("options class");
        assertThatThrownBy(() -> encoder.keyTree(new Prompt(UserMessage.builder().text("hi")
                .metadata(Map.of("trace", new Object())).build())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messages[0].metadata.trace");
        assertThatThrownBy(() -> encoder.keyTree(withOptions(openAi().toolContext(Map.of("session", new Object())))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("toolContext");
        Message custom = new UserMessage("hi") {};
        assertThatThrownBy(() -> encoder.keyTree(new Prompt(custom)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message class");
    }
}
