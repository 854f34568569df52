package dev.cachedcompletion.langchain4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Complete;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Partial;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Thinking;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCall;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCallPart;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of event of a streamed answer reads back {@code equals} to what the model sent, each as
 * one JSON value (what the stream codec requires of an element), and stored bytes that are not an
 * event this codec wrote are refused.
 */
class ChatStreamEventCodecTest {

    private static FakeOpenAi openAi;
    private final ChatStreamEventCodec codec = new ChatStreamEventCodec();

    @BeforeAll
    static void startFakeOpenAi() throws IOException {
        openAi = new FakeOpenAi();
    }

    @AfterAll
    static void stopFakeOpenAi() {
        openAi.close();
    }

    static List<ChatStreamEvent> everyKind() {
        return List.of(
                new Partial(new PartialResponse("Hello, \u4e16\u754c \ud83c\udf0d \"quoted\"\n\u0000")),
                new Thinking(new PartialThinking("Let me think.")),
                new ToolCallPart(PartialToolCall.builder().index(0).id("call_1").name("get_weather")
                        .partialArguments("{\"city\":").build()),
                new ToolCallPart(PartialToolCall.builder().index(0).name("get_weather").partialArguments("\"Oslo\"}")
                        .build()),
                new ToolCall(new CompleteToolCall(1, ToolExecutionRequest.builder().id("call_2").name("get_time")
                        .arguments("{}").build())),
                new Complete(ChatResponse.builder()
                        .aiMessage(AiMessage.builder().text("Hello").thinking("Let me think.").build())
                        .metadata(ChatResponseMetadata.builder().id("r1").modelName("m")
                                .tokenUsage(new TokenUsage(3, 4, 7)).finishReason(FinishReason.STOP).build())
                        .build()));
    }

    @Test
    void everyKindOfEventReadsBackEqualAsOneJsonObject() throws IOException {
        for (ChatStreamEvent event : everyKind()) {
            byte[] encoded = codec.encode(event);
            assertOneJsonObject(encoded);
            ChatStreamEvent decoded = codec.decode(encoded);
            assertThat(decoded).isNotSameAs(event).isEqualTo(event);
            assertThat(decoded.hashCode()).isEqualTo(event.hashCode());
        }
    }

    private static void assertOneJsonObject(byte[] encoded) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(encoded)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            parser.skipChildren();
            assertThat(parser.nextToken()).as("anything after the first value").isNull();
        }
    }

    @Test
    void anOpenAiResponseReadsBackEqualButForItsRecordOfTheHttpExchange() throws IOException {
        ChatResponse live = openAi.chat(OpenAiBodies.REASONING_AND_LOGPROBS);
        OpenAiChatResponseMetadata metadata = (OpenAiChatResponseMetadata) live.metadata();

        ChatStreamEvent decoded = codec.decode(codec.encode(new Complete(live)));

        ChatResponse withoutTransport = live.toBuilder()
                .metadata(metadata.toBuilder().rawHttpResponse(null).rawServerSentEvents(null).build())
                .build();
        assertThat(decoded).isEqualTo(new Complete(withoutTransport));
    }

    @Test
    void equalityTheseTestsRelyOnSeesADifferenceInEveryPart() {
        assertThat(new ToolCallPart(PartialToolCall.builder().index(0).name("a").partialArguments("x").build()))
                .isNotEqualTo(new ToolCallPart(PartialToolCall.builder().index(1).name("a").partialArguments("x").build()));
        assertThat(new Partial(new PartialResponse("a"))).isNotEqualTo(new Thinking(new PartialThinking("a")));
    }

    @Test
    void aResponseThatCannotBeKeptWithoutLossIsNotEncoded() {
        ChatResponse foreign = ChatResponse.builder().aiMessage(AiMessage.from("hi"))
                .metadata(new ChatResponseMetadata(ChatResponseMetadata.builder().id("x")) { }).build();
        assertThatThrownBy(() -> codec.encode(new Complete(foreign))).isInstanceOf(IOException.class);
    }

    @Test
    void everyTruncationOfAStoredEventIsRefused() throws IOException {
        for (ChatStreamEvent event : everyKind()) {
            byte[] whole = codec.encode(event);
            for (int length = 0; length < whole.length; length++) {
                byte[] prefix = Arrays.copyOf(whole, length);
                try {
                    codec.decode(prefix);
                    fail("A prefix of %d of %d bytes was accepted: %s", length, whole.length, new String(prefix, UTF_8));
                } catch (IOException expected) {
                    // refused, as it must be
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "null",
        "{}",
        "[]",
        "\"Hello\"",
        // two kinds in one event, or a kind this format does not know
        "{\"partial\":\"a\",\"thinking\":\"b\"}",
        "{\"partial\":\"a\",\"error\":\"b\"}",
        // values LangChain4j itself refuses, or of another type
        "{\"partial\":\"\"}",
        "{\"partial\":5}",
        "{\"toolCallPart\":{\"index\":0,\"name\":\" \",\"partialArguments\":\"x\"}}",
        "{\"toolCallPart\":{\"name\":\"f\",\"partialArguments\":\"x\"}}",
        "{\"toolCallPart\":{\"index\":-1,\"name\":\"f\",\"partialArguments\":\"x\"}}",
        "{\"toolCall\":{\"id\":\"c\",\"name\":\"f\",\"arguments\":\"{}\"}}",
        "{\"complete\":{\"message\":{\"text\":\"hi\"}}}",
        // an event followed by anything
        "{\"partial\":\"a\"}{}",
        "{\"partial\":\"a\"} x",
        // what ChatResponseCodec stores: a response, not an event
        "{\"message\":{\"text\":\"hi\"},\"metadata\":{\"kind\":\"CORE\"}}",
    })
    void bytesThatAreNotOneEventAreRefused(String json) {
        assertThatThrownBy(() -> codec.decode(json.getBytes(UTF_8))).isInstanceOf(IOException.class);
    }

    @Test
    void nameAndVersionOfTheFormatAndEveryHitDecodesItsOwnCopy() {
        assertThat(codec.format()).isEqualTo("langchain4j.ChatStreamEvent/1");
        assertThat(codec.immutableValues()).isFalse();
    }
}
