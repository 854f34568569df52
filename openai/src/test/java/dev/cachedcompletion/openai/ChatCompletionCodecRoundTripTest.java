package dev.cachedcompletion.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.JsonValue;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionTokenLogprob;
import com.openai.models.completions.CompletionUsage;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hit gives back: the completion the API returned, {@code equals} to it. Each fixture is
 * parsed by the SDK's mapper, as the client parses a response; the checks after the equality make
 * sure the parts under test were parsed into the SDK's typed fields, so that equality covers them.
 */
class ChatCompletionCodecRoundTripTest {

    private final ChatCompletionCodec codec = new ChatCompletionCodec();

    private ChatCompletion roundTrip(ChatCompletion original) throws IOException {
        return CodecChecks.roundTrip(codec, original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "tool-calls", "refusal", "logprobs", "annotations-audio", "unknown-fields", "unicode"})
    void everyFixtureComesBackEqual(String fixture) throws IOException {
        // Equality, not equal bytes: the SDK does not keep the order of additional properties.
        roundTrip(Fixtures.completion(fixture));
    }

    @Test
    void equalityTheseTestsRelyOnSeesADifferenceDeepInside() throws IOException {
        // Without this, a round trip that lost nested content could still pass as "equal".
        ChatCompletion original = Fixtures.completion("tool-calls");
        ChatCompletion changed = codec.decode(codec.encode(original)).toBuilder()
                .choices(List.of(original.choices().get(0).toBuilder()
                        .message(original.choices().get(0).message().toBuilder()
                                .toolCalls(List.of())
                                .build())
                        .build()))
                .build();
        assertThat(changed).isNotEqualTo(original);
    }

    @Test
    void textKeepsIdCreatedModelTierFingerprintAndUsageDetails() throws IOException {
        ChatCompletion decoded = roundTrip(Fixtures.completion("text"));
        assertThat(decoded.id()).isEqualTo("chatcmpl-C3vBq9Xy1kL0aZQ2pWm7nRt4sUe8f");
        assertThat(decoded.created()).isEqualTo(1754642510L);
        assertThat(decoded.model()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(decoded.serviceTier()).contains(ChatCompletion.ServiceTier.DEFAULT);
        assertThat(decoded.systemFingerprint()).contains("fp_07871e2ad8");
        assertThat(decoded.choices().get(0).message().content())
                .contains("The Eiffel Tower is about 330 metres tall, including its antennas.");
        CompletionUsage usage = decoded.usage().orElseThrow();
        assertThat(usage.totalTokens()).isEqualTo(39);
        assertThat(usage.promptTokensDetails().orElseThrow().cachedTokens()).contains(0L);
        assertThat(usage.completionTokensDetails().orElseThrow().reasoningTokens()).contains(0L);
    }

    @Test
    void toolCallsKeepTheirIdsNamesAndArguments() throws IOException {
        ChatCompletion decoded = roundTrip(Fixtures.completion("tool-calls"));
        ChatCompletion.Choice choice = decoded.choices().get(0);
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        assertThat(choice.message().content()).isEmpty();
        List<ChatCompletionMessageFunctionToolCall> calls = choice.message().toolCalls().orElseThrow().stream()
                .map(call -> call.asFunction())
                .toList();
        assertThat(calls).extracting(ChatCompletionMessageFunctionToolCall::id)
                .containsExactly("call_Nq3kX8vB2mL5pR7tW9yZ1aC4", "call_Hs6jY1wE4qT7uI0oP3aS5dF8");
        assertThat(calls.get(1).function().arguments()).isEqualTo("{\"city\":\"Lyon\",\"unit\":\"celsius\"}");
    }

    @Test
    void refusalIsKept() throws IOException {
        ChatCompletionMessage message = roundTrip(Fixtures.completion("refusal")).choices().get(0).message();
        assertThat(message.refusal()).contains("I'm sorry, I can't help with that request.");
        assertThat(message.content()).isEmpty();
    }

    @Test
    void logprobsKeepTokensBytesAndAlternativesForEveryChoice() throws IOException {
        ChatCompletion decoded = roundTrip(Fixtures.completion("logprobs"));
        assertThat(decoded.choices()).hasSize(2);
        ChatCompletionTokenLogprob dot = decoded.choices().get(0).logprobs().orElseThrow().content().orElseThrow().get(1);
        assertThat(dot.logprob()).isEqualTo(-1.9361265e-7);
        assertThat(dot.bytes()).contains(List.of(46L));
        assertThat(dot.topLogprobs().get(1).logprob()).isEqualTo(-15.750000190734863);
        assertThat(decoded.choices().get(1).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.LENGTH);
    }

    @Test
    void annotationsAndAudioAreKept() throws IOException {
        ChatCompletionMessage message = roundTrip(Fixtures.completion("annotations-audio")).choices().get(0).message();
        assertThat(message.annotations().orElseThrow().get(0).urlCitation().url())
                .isEqualTo("https://oceanservice.noaa.gov/facts/tides.html?utm_source=openai");
        assertThat(message.audio().orElseThrow().expiresAt()).isEqualTo(1754646360L);
        assertThat(message.audio().orElseThrow().data()).startsWith("UklGRi");
    }

    @Test
    void propertiesAndEnumValuesThisSdkDoesNotKnowAreKept() throws IOException {
        ChatCompletion decoded = roundTrip(Fixtures.completion("unknown-fields"));
        assertThat(decoded._additionalProperties()).containsKeys("prompt_filter_results", "region");
        assertThat(decoded._additionalProperties().get("region")).isEqualTo(JsonValue.from("eu-west"));
        ChatCompletion.Choice choice = decoded.choices().get(0);
        assertThat(choice._additionalProperties()).containsKey("content_filter_results");
        assertThat(choice.message()._additionalProperties()).containsKey("reasoning_summary");
        assertThat(choice.finishReason().value()).isEqualTo(ChatCompletion.Choice.FinishReason.Value._UNKNOWN);
        assertThat(choice.finishReason().asString()).isEqualTo("pause_turn");
        assertThat(decoded.serviceTier().orElseThrow().asString()).isEqualTo("turbo");
        assertThat(decoded.usage().orElseThrow()._additionalProperties().get("cost_micros"))
                .isEqualTo(JsonValue.from(new BigInteger("18446744073709551617")));
        assertThat(decoded._systemFingerprint().isNull()).isTrue();
    }

    @Test
    void unicodeAndEscapedCharactersAreKept() throws IOException {
        String content = roundTrip(Fixtures.completion("unicode")).choices().get(0).message().content().orElseThrow();
        assertThat(content).contains("Grüße", "東京は晴れです", "مرحبا", "👩🏽‍🚀", "\t", "\"", "\\", "\u0000", "\u2028", "😀");
    }

    @Test
    void aCompletionBuiltInCodeComesBackEqual() throws IOException {
        ChatCompletion built = ChatCompletion.builder()
                .id("chatcmpl-test")
                .created(1754643000L)
                .model("gpt-4o-mini")
                .addChoice(ChatCompletion.Choice.builder()
                        .index(0)
                        .finishReason(ChatCompletion.Choice.FinishReason.TOOL_CALLS)
                        .logprobs((ChatCompletion.Choice.Logprobs) null)
                        .message(ChatCompletionMessage.builder()
                                .content((String) null)
                                .refusal((String) null)
                                .addToolCall(ChatCompletionMessageFunctionToolCall.builder()
                                        .id("call_1")
                                        .function(ChatCompletionMessageFunctionToolCall.Function.builder()
                                                .name("lookup")
                                                .arguments("{\"q\":\"ß\"}")
                                                .build())
                                        .build())
                                .build())
                        .build())
                .serviceTier(ChatCompletion.ServiceTier.FLEX)
                .usage(CompletionUsage.builder()
                        .promptTokens(10)
                        .completionTokens(5)
                        .totalTokens(15)
                        .completionTokensDetails(CompletionUsage.CompletionTokensDetails.builder()
                                .reasoningTokens(3)
                                .build())
                        .build())
                .putAdditionalProperty("trace", JsonValue.from(Map.of("hops", List.of(1, 2), "ok", true)))
                .build();
        roundTrip(built);
    }

    @Test
    void aJsonNumberBuiltFromALongComesBackAsTheNumberTheParserPicks() throws IOException {
        // JsonValue numbers compare their boxed class (Long 7 is not Integer 7), and JSON text does
        // not carry the class: such a value comes back as equal JSON, not as an equal object. Values
        // parsed from a response already hold the parser's classes, so they come back equal.
        ChatCompletion built = Fixtures.completion("text").toBuilder()
                .putAdditionalProperty("seven", JsonValue.from(7L))
                .build();
        ChatCompletion decoded = codec.decode(codec.encode(built));
        assertThat(ObjectMappers.jsonMapper().readTree(codec.encode(decoded)))
                .isEqualTo(ObjectMappers.jsonMapper().readTree(codec.encode(built)));
        assertThat(decoded._additionalProperties().get("seven")).isEqualTo(JsonValue.from(7));
    }

    @Test
    void formatNamesTheTypeAndItsVersion() {
        assertThat(codec.format()).isEqualTo("openai.ChatCompletion/1");
    }

    @Test
    void everyDecodeIsAnIndependentCopyBecauseParsedCompletionsCanBeChanged() throws IOException {
        // The SDK's getters hand out the parser's ArrayLists: a shared decoded completion could be
        // emptied by one caller for all. Hence immutableValues() is false and each hit decodes.
        byte[] stored = codec.encode(Fixtures.completion("tool-calls"));
        ChatCompletion first = codec.decode(stored);
        ChatCompletion second = codec.decode(stored);
        first.choices().clear();
        assertThat(first.choices()).isEmpty();
        assertThat(second.choices()).hasSize(1);
        assertThat(codec.immutableValues()).isFalse();
    }
}
