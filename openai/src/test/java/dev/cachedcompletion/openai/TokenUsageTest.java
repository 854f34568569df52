package dev.cachedcompletion.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import dev.cachedcompletion.spi.TokenUsage;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the codecs report a stored answer cost: the model the response names and its prompt and completion tokens. */
class TokenUsageTest {

    private final ChatCompletionCodec completions = new ChatCompletionCodec();
    private final ChatCompletionChunkCodec chunks = new ChatCompletionChunkCodec();

    @Test
    void aCompletionReportsItsModelAndPromptAndCompletionTokens() throws IOException {
        assertThat(completions.usage(Fixtures.completion("text")))
                .isEqualTo(new TokenUsage("gpt-4o-2024-08-06", 24, 15));
        assertThat(completions.usage(completions.decode(completions.encode(Fixtures.completion("text")))))
                .as("a stored copy reports the same")
                .isEqualTo(new TokenUsage("gpt-4o-2024-08-06", 24, 15));
    }

    @Test
    void reasoningTokensArePartOfTheCompletionTokensAsOpenAiCountsThem() {
        ChatCompletion completion = parsed(ChatCompletion.class, completion(
                "{\"prompt_tokens\":10,\"completion_tokens\":300,\"total_tokens\":310,"
                        + "\"completion_tokens_details\":{\"reasoning_tokens\":256}}"));

        assertThat(completions.usage(completion)).isEqualTo(new TokenUsage("o4-mini", 10, 300));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "null",
        "{\"prompt_tokens\":0,\"completion_tokens\":0,\"total_tokens\":0}",
        "{\"prompt_tokens\":\"many\",\"completion_tokens\":3,\"total_tokens\":3}",
        "{\"completion_tokens\":3}",
        "{\"prompt_tokens\":-1,\"completion_tokens\":3,\"total_tokens\":2}"})
    void noUsageZeroOrUnreadableCountsReportNothing(String usage) {
        ChatCompletion completion = parsed(ChatCompletion.class, completion(usage));

        assertThat(completions.usage(completion)).isNull();
    }

    @Test
    void aCompletionWithoutAUsageFieldReportsNothing() {
        ChatCompletion completion = parsed(ChatCompletion.class,
                "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[]}");

        assertThat(completions.usage(completion)).isNull();
    }

    @Test
    void onlyTheChunkThatCarriesTheUsageReportsIt() {
        assertThat(chunks.usage(Fixtures.chunk("usage"))).isEqualTo(new TokenUsage("gpt-4o-mini-2024-07-18", 11, 9));
        for (String other : new String[] {"role", "content", "tool-call-start", "tool-call-piece", "finish"}) {
            assertThat(chunks.usage(Fixtures.chunk(other))).as(other).isNull();
        }
    }

    private static String completion(String usage) {
        return "{\"id\":\"c\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"o4-mini\",\"choices\":[],"
                + "\"usage\":" + usage + "}";
    }

    private static <T> T parsed(Class<T> type, String json) {
        try {
            return ObjectMappers.jsonMapper().readValue(json.getBytes(UTF_8), type);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
