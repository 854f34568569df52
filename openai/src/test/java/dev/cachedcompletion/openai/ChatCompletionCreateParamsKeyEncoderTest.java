package dev.cachedcompletion.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.JsonValue;
import com.openai.models.ChatModel;
import com.openai.models.ReasoningEffort;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Which requests share a cache entry. "Same key" below means equal key trees, which the runtime
 * turns into equal keys; "different key" means the trees differ.
 */
@SuppressWarnings("deprecation") // seed and user are deprecated in the SDK but still sent
class ChatCompletionCreateParamsKeyEncoderTest {

    private final ChatCompletionCreateParamsKeyEncoder encoder = new ChatCompletionCreateParamsKeyEncoder();

    private Object key(ChatCompletionCreateParams params) {
        return encoder.keyTree(params);
    }

    private Object keyOf(UnaryOperator<ChatCompletionCreateParams.Builder> change) {
        return key(change.apply(Requests.question()).build());
    }

    @Test
    void theTreeIsTheBodyAsSentWithJsonNumbersAsLongAndDouble() {
        Object tree = keyOf(b -> b.seed(42L).maxCompletionTokens(300L).putAdditionalBodyProperty(
                "x_big", JsonValue.from(new BigInteger("123456789012345678901234567890"))));
        assertThat(tree).isInstanceOf(Map.class);
        Map<?, ?> body = (Map<?, ?>) tree;
        assertThat(body.get("model")).isEqualTo("gpt-4o");
        assertThat(body.get("temperature")).isEqualTo(0.2);
        assertThat(body.get("seed")).isEqualTo(42L);
        assertThat(body.get("max_completion_tokens")).isEqualTo(300L);
        assertThat(body.get("x_big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat((List<?>) body.get("messages")).hasSize(2);
        assertThat(((Map<?, ?>) ((List<?>) body.get("messages")).get(1)).get("content"))
                .isEqualTo("What is the weather in Paris and in Lyon?");
        assertOnlyKeyTypes(tree);
    }

    @Test
    void identicalRequestsHaveEqualKeys() {
        assertThat(key(Requests.question().build())).isEqualTo(key(Requests.question().build()));
        assertThat(key(Requests.conversation("call_a", "call_b"))).isEqualTo(key(Requests.conversation("call_a", "call_b")));
    }

    @Test
    void theOrderOfBuilderCallsDoesNotMatter() {
        ChatCompletionCreateParams one = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .temperature(0.2)
                .seed(7L)
                .addUserMessage("Hi")
                .addTool(Requests.weatherTool())
                .build();
        ChatCompletionCreateParams other = ChatCompletionCreateParams.builder()
                .addTool(Requests.weatherTool())
                .seed(7L)
                .addUserMessage("Hi")
                .temperature(0.2)
                .model("gpt-4o")
                .build();
        assertThat(key(one)).isEqualTo(key(other));
    }

    @Test
    void everythingThatReachesTheModelChangesTheKey() {
        Object base = keyOf(b -> b);
        Map<String, Object> changed = Map.ofEntries(
                Map.entry("temperature", keyOf(b -> b.temperature(0.3))),
                Map.entry("top_p", keyOf(b -> b.topP(0.9))),
                Map.entry("model", keyOf(b -> b.model(ChatModel.GPT_4O_MINI))),
                Map.entry("seed", keyOf(b -> b.seed(1L))),
                Map.entry("stop", keyOf(b -> b.stop("END"))),
                Map.entry("n", keyOf(b -> b.n(2L))),
                Map.entry("max tokens", keyOf(b -> b.maxCompletionTokens(100L))),
                Map.entry("presence penalty", keyOf(b -> b.presencePenalty(0.5))),
                Map.entry("logit bias", keyOf(b -> b.logitBias(ChatCompletionCreateParams.LogitBias.builder()
                        .putAdditionalProperty("1734", JsonValue.from(-100)).build()))),
                Map.entry("reasoning effort", keyOf(b -> b.reasoningEffort(ReasoningEffort.LOW))),
                Map.entry("response format", keyOf(b -> b.responseFormat(ResponseFormatJsonObject.builder().build()))),
                Map.entry("tool choice", keyOf(b -> b.toolChoice(
                        com.openai.models.chat.completions.ChatCompletionToolChoiceOption.Auto.REQUIRED))),
                Map.entry("tool added", keyOf(b -> b.addTool(ChatCompletionFunctionTool.builder()
                        .function(Requests.weatherFunction("Forecast", "string").toBuilder().name("get_forecast").build())
                        .build()))),
                Map.entry("tool removed", key(Requests.questionWithoutTools().build())),
                Map.entry("tool description", key(Requests.questionWithoutTools().addTool(ChatCompletionFunctionTool.builder()
                        .function(Requests.weatherFunction("Weather now", "string")).build()).build())),
                Map.entry("tool parameter schema", key(Requests.questionWithoutTools().addTool(ChatCompletionFunctionTool.builder()
                        .function(Requests.weatherFunction("Current weather in a city", "integer")).build()).build())),
                Map.entry("message text", keyOf(b -> b.addUserMessage("And in Nice?"))),
                Map.entry("additional body property", keyOf(b -> b.putAdditionalBodyProperty("x_future", JsonValue.from(true)))));
        changed.forEach((what, key) -> assertThat(key).as(what).isNotEqualTo(base));
    }

    @Test
    void messageTextAndOrderChangeTheKey() {
        ChatCompletionCreateParams original = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addSystemMessage("Be brief.")
                .addUserMessage("Name a colour.")
                .build();
        ChatCompletionCreateParams otherText = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addSystemMessage("Be brief.")
                .addUserMessage("Name a colour!")
                .build();
        ChatCompletionCreateParams swapped = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage("Name a colour.")
                .addSystemMessage("Be brief.")
                .build();
        assertThat(key(otherText)).isNotEqualTo(key(original));
        assertThat(key(swapped)).isNotEqualTo(key(original));
    }

    @Test
    void toolCallIdsDoNotChangeTheKeyButWhichResultAnswersWhichCallDoes() {
        Object first = key(Requests.conversation("call_Nq3kX8vB2mL5pR7t", "call_Hs6jY1wE4qT7uI0o"));
        Object replay = key(Requests.conversation("call_0aZ9yX8wV7uT6sR5q", "call_1pO2iU3yT4rE5wQ6a"));
        Object resultsCrossed = key(Requests.conversation("call_A", "call_B", "call_B", "call_A"));
        assertThat(replay).isEqualTo(first);
        assertThat(resultsCrossed).isNotEqualTo(first);

        List<?> messages = (List<?>) ((Map<?, ?>) first).get("messages");
        Map<?, ?> assistant = (Map<?, ?>) messages.get(2);
        List<Object> callIds = ((List<?>) assistant.get("tool_calls")).stream()
                .map(call -> (Object) ((Map<?, ?>) call).get("id"))
                .toList();
        assertThat(callIds).containsExactly("#0", "#1");
        assertThat(((Map<?, ?>) messages.get(3)).get("tool_call_id")).isEqualTo("#0");
        assertThat(((Map<?, ?>) messages.get(4)).get("tool_call_id")).isEqualTo("#1");
    }

    @Test
    void whatDoesNotChangeTheAnswerDoesNotChangeTheKey() {
        Object base = keyOf(b -> b);
        Map<String, Object> same = Map.of(
                "user", keyOf(b -> b.user("user-8841")),
                "safety_identifier", keyOf(b -> b.safetyIdentifier("hash-19af")),
                "prompt_cache_key", keyOf(b -> b.promptCacheKey("weather-v2")),
                "metadata", keyOf(b -> b.metadata(ChatCompletionCreateParams.Metadata.builder()
                        .putAdditionalProperty("request_id", JsonValue.from("r-1")).build())),
                "store", keyOf(b -> b.store(true)),
                "stream_options", keyOf(b -> b.streamOptions(
                        com.openai.models.chat.completions.ChatCompletionStreamOptions.builder().includeUsage(true).build())),
                "service_tier", keyOf(b -> b.serviceTier(ChatCompletionCreateParams.ServiceTier.FLEX)),
                "additional header", keyOf(b -> b.putAdditionalHeader("X-Request-Id", "5f1c")),
                "additional query parameter", keyOf(b -> b.putAdditionalQueryParam("trace", "on")));
        same.forEach((what, key) -> assertThat(key).as(what).isEqualTo(base));
    }

    @Test
    void aFieldSetAsARawBodyPropertyIsTheSameRequestAsTheTypedOne() {
        ChatCompletionCreateParams typed = Requests.questionWithoutTools().seed(42L).build();
        ChatCompletionCreateParams raw = Requests.questionWithoutTools()
                .putAdditionalBodyProperty("seed", JsonValue.from(42))
                .build();
        assertThat(key(raw)).isEqualTo(key(typed));
    }

    @Test
    void aMemberSentTwiceHasNoKey() {
        ChatCompletionCreateParams twice = Requests.question()
                .putAdditionalBodyProperty("temperature", JsonValue.from(0.9))
                .build();
        assertThatThrownBy(() -> encoder.keyTree(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"temperature\" twice");
    }

    @Test
    void formNamesTheTypeAndItsVersion() {
        assertThat(encoder.form()).isEqualTo("openai.ChatCompletionCreateParams/1");
    }

    /** The types KeyEncoder allows in a tree, with string map keys. */
    private static void assertOnlyKeyTypes(Object node) {
        if (node instanceof Map) {
            ((Map<?, ?>) node).forEach((name, value) -> {
                assertThat(name).isInstanceOf(String.class);
                assertOnlyKeyTypes(value);
            });
        } else if (node instanceof List) {
            ((List<?>) node).forEach(ChatCompletionCreateParamsKeyEncoderTest::assertOnlyKeyTypes);
        } else if (node != null) {
            assertThat(node).isInstanceOfAny(String.class, Boolean.class, Long.class, BigInteger.class,
                    Double.class, BigDecimal.class);
        }
    }
}
