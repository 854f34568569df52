package dev.cachedcompletion.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.langchain4j.ChatStreamEvent.Complete;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Partial;
import dev.cachedcompletion.spi.TokenUsage;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * What {@link ChatResponseCodec} and {@link ChatStreamEventCodec} report a stored answer cost: the
 * metadata's model name and its input and output tokens, or nothing when the response does not say.
 */
class ResponseUsageTest {

    private final ChatResponseCodec responses = new ChatResponseCodec();
    private final ChatStreamEventCodec events = new ChatStreamEventCodec();

    private static ChatResponse response(String modelName, dev.langchain4j.model.output.TokenUsage usage) {
        return ChatResponse.builder().aiMessage(AiMessage.from("Hi")).modelName(modelName).tokenUsage(usage).build();
    }

    @Test
    void aResponseReportsItsModelNameAndInputAndOutputTokens() throws IOException {
        ChatResponse response = response("gpt-4o-mini-2024-07-18", new dev.langchain4j.model.output.TokenUsage(12, 5));

        assertThat(responses.usage(response)).isEqualTo(new TokenUsage("gpt-4o-mini-2024-07-18", 12, 5));
        assertThat(responses.usage(responses.decode(responses.encode(response))))
                .as("a stored copy reports the same")
                .isEqualTo(new TokenUsage("gpt-4o-mini-2024-07-18", 12, 5));
    }

    @Test
    void openAiUsageCountsItsReasoningTokensInTheOutputAsOpenAiDoes() {
        ChatResponse response = ChatResponse.builder()
                .aiMessage(AiMessage.from("Hi"))
                .metadata(OpenAiChatResponseMetadata.builder()
                        .modelName("o4-mini")
                        .tokenUsage(OpenAiTokenUsage.builder()
                                .inputTokenCount(10)
                                .outputTokenCount(300)
                                .outputTokensDetails(OpenAiTokenUsage.OutputTokensDetails.builder()
                                        .reasoningTokens(256).build())
                                .build())
                        .build())
                .build();

        assertThat(responses.usage(response)).isEqualTo(new TokenUsage("o4-mini", 10, 300));
    }

    @Test
    void aResponseWithoutUsageOrWithZeroTokensReportsNothing() {
        assertThat(responses.usage(response("m", null))).isNull();
        assertThat(responses.usage(response("m", new dev.langchain4j.model.output.TokenUsage(0, 0)))).isNull();
        assertThat(responses.usage(response("m", new dev.langchain4j.model.output.TokenUsage(null, null)))).isNull();
        assertThat(responses.usage(response("m", new dev.langchain4j.model.output.TokenUsage(-1, 4)))).isNull();
    }

    @Test
    void anAbsentCountBesideAPresentOneIsZeroAndAnAbsentModelNameIsNull() {
        assertThat(responses.usage(response(null, new dev.langchain4j.model.output.TokenUsage(8))))
                .isEqualTo(new TokenUsage(null, 8, 0));
    }

    @Test
    void onlyTheCompleteResponseOfAStreamReportsUsage() {
        ChatResponse response = response("gpt-4o-mini", new dev.langchain4j.model.output.TokenUsage(12, 5));

        assertThat(events.usage(new Complete(response))).isEqualTo(new TokenUsage("gpt-4o-mini", 12, 5));
        assertThat(events.usage(new Partial(new PartialResponse("Hi")))).isNull();
    }
}
