package dev.cachedcompletion.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.openai.core.JsonField;
import com.openai.core.JsonValue;
import com.openai.models.chat.completions.ChatCompletionChunk;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a replayed stream gives back, chunk by chunk: the chunks the API sent, {@code equals} to them;
 * and what the stream codec needs of every element: one JSON value. Stored bytes are untrusted, so
 * anything that is not a chunk this codec wrote is refused.
 */
class ChatCompletionChunkCodecTest {

    private static final String SMALLEST =
            "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[]}";

    private final ChatCompletionChunkCodec codec = new ChatCompletionChunkCodec();

    private ChatCompletionChunk roundTrip(ChatCompletionChunk original) throws IOException {
        return CodecChecks.roundTrip(codec, original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"role", "content", "tool-call-start", "tool-call-piece", "finish", "usage", "logprobs",
        "unknown-fields"})
    void everyChunkComesBackEqualAsOneJsonValue(String fixture) throws IOException {
        byte[] encoded = codec.encode(Fixtures.chunk(fixture));
        assertOneJsonObject(encoded);
        roundTrip(Fixtures.chunk(fixture));
    }

    private static void assertOneJsonObject(byte[] encoded) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(encoded)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            parser.skipChildren();
            assertThat(parser.nextToken()).as("anything after the first value").isNull();
        }
    }

    @Test
    void equalityTheseTestsRelyOnSeesADifferenceInADelta() throws IOException {
        ChatCompletionChunk original = Fixtures.chunk("content");
        ChatCompletionChunk.Choice choice = original.choices().get(0);
        ChatCompletionChunk changed = codec.decode(codec.encode(original)).toBuilder()
                .choices(List.of(choice.toBuilder().delta(choice.delta().toBuilder().content("other").build()).build()))
                .build();
        assertThat(changed).isNotEqualTo(original);
    }

    @Test
    void deltasToolCallPiecesFinishReasonAndUsageAreKept() throws IOException {
        assertThat(roundTrip(Fixtures.chunk("content")).choices().get(0).delta().content())
                .contains(" Grüße aus 東京 👩🏽‍🚀 \"quoted\"\n");
        ChatCompletionChunk.Choice.Delta.ToolCall start =
                roundTrip(Fixtures.chunk("tool-call-start")).choices().get(0).delta().toolCalls().orElseThrow().get(0);
        assertThat(start.id()).contains("call_Vb5nM8qW2eR4tY6uI9oP1aS3");
        assertThat(start.function().orElseThrow().name()).contains("get_weather");
        assertThat(roundTrip(Fixtures.chunk("tool-call-piece")).choices().get(0).delta().toolCalls().orElseThrow()
                .get(0).function().orElseThrow().arguments()).contains("{\"city\":\"Ly");
        assertThat(roundTrip(Fixtures.chunk("finish")).choices().get(0).finishReason())
                .contains(ChatCompletionChunk.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionChunk usage = roundTrip(Fixtures.chunk("usage"));
        assertThat(usage.choices()).isEmpty();
        assertThat(usage.usage().orElseThrow().totalTokens()).isEqualTo(20);
    }

    @Test
    void logprobsAndPropertiesThisSdkDoesNotKnowAreKept() throws IOException {
        ChatCompletionChunk.Choice withLogprobs = roundTrip(Fixtures.chunk("logprobs")).choices().get(0);
        assertThat(withLogprobs.index()).isEqualTo(1);
        assertThat(withLogprobs.logprobs().orElseThrow().content().orElseThrow().get(0).topLogprobs().get(1).logprob())
                .isEqualTo(-15.750000190734863);
        ChatCompletionChunk unknown = roundTrip(Fixtures.chunk("unknown-fields"));
        assertThat(unknown._additionalProperties().get("cost_micros"))
                .isEqualTo(JsonValue.from(new BigInteger("18446744073709551617")));
        assertThat(unknown.choices().get(0).finishReason().orElseThrow().asString()).isEqualTo("pause_turn");
        assertThat(unknown.choices().get(0).delta()._additionalProperties()).containsKey("reasoning_summary");
        assertThat(unknown.serviceTier().orElseThrow().asString()).isEqualTo("turbo");
    }

    @Test
    void formatNamesTheTypeAndItsVersionAndEveryReplayDecodesItsOwnCopy() {
        assertThat(codec.format()).isEqualTo("openai.ChatCompletionChunk/1");
        assertThat(codec.immutableValues()).isFalse();
    }

    @Test
    void everyTruncationOfAnEncodedChunkIsRefused() throws IOException {
        CodecChecks.everyTruncationIsRefused(codec, codec.encode(Fixtures.chunk("logprobs")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{not json",
        "null",
        "[]",
        "42",
        // a whole completion, not a chunk
        "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}",
        // a required field missing, null, or of another type
        "{\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":[]}",
        "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":null,\"choices\":[]}",
        "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":\"now\",\"model\":\"m\",\"choices\":[]}",
        "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",\"choices\":{}}",
        // a chunk followed by anything
        SMALLEST + "{}",
        SMALLEST + " x",
    })
    void jsonThatIsNotOneChunkIsRefused(String json) {
        assertThatThrownBy(() -> codec.decode(json.getBytes(UTF_8))).isInstanceOf(IOException.class);
    }

    @Test
    void theSmallestChunkIsAcceptedAndAChunkThatDecodeWouldRefuseIsNotEncoded() throws IOException {
        codec.decode(SMALLEST.getBytes(UTF_8));
        ChatCompletionChunk withoutModel = Fixtures.chunk("content").toBuilder()
                .model(JsonField.<String>ofNullable(null)).build();
        assertThatThrownBy(() -> codec.encode(withoutModel))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("openai.ChatCompletionChunk/1");
    }
}
