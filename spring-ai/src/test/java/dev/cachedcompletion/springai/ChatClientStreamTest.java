package dev.cachedcompletion.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spi.TokenUsage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatResponse;

/** Streamed {@code ChatClient} calls through {@link CachedCompletionAdvisor}, over HTTP to the simulated endpoint. */
class ChatClientStreamTest {

    @RegisterExtension
    static final SimulatedOpenAi openAi = new SimulatedOpenAi();

    private static List<ChatResponse> streamJoke(ChatClient client) {
        return client.prompt().user("Tell me a joke").stream().chatResponse().collectList().block();
    }

    private static List<String> texts(List<ChatResponse> chunks) {
        return chunks.stream().map(chunk -> chunk.getResult() == null ? "" : chunk.getResult().getOutput().getText()).toList();
    }

    @Test
    void aStreamIsRecordedAndReplayedWithTheSameChunks() {
        ChatClient client = openAi.cachedClient();

        List<ChatResponse> live = streamJoke(client);
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
        List<ChatResponse> replayed = streamJoke(client);

        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(openAi.requests()).isEqualTo(1);
        assertThat(openAi.streamedRequests()).isEqualTo(1);
        assertThat(live).hasSizeGreaterThan(2);
        assertThat(texts(replayed)).isEqualTo(texts(live));
        for (int i = 0; i < live.size(); i++) {
            assertThat(replayed.get(i).getResults()).as("chunk " + i).isEqualTo(live.get(i).getResults());
            assertThat(replayed.get(i).getMetadata().getUsage().getTotalTokens())
                    .isEqualTo(live.get(i).getMetadata().getUsage().getTotalTokens());
        }
        assertThat(CachedCompletions.statistics("spring-ai.ChatClient.stream").hits()).isEqualTo(1);
        // OpenAiChatModel asks for usage in streams; only the last chunk carries it.
        ChatResponseCodec codec = new ChatResponseCodec();
        List<TokenUsage> usages = replayed.stream().map(codec::usage).toList();
        assertThat(usages.subList(0, usages.size() - 1)).containsOnlyNulls();
        assertThat(usages.get(usages.size() - 1)).isNotNull()
                .satisfies(usage -> assertThat(usage.inputTokens() + usage.outputTokens()).isPositive());
        TokenUsage whole = usages.get(usages.size() - 1);
        assertThat(CachedCompletions.statistics("spring-ai.ChatClient.stream").inputTokensSaved()).isEqualTo(whole.inputTokens());
        assertThat(CachedCompletions.statistics("spring-ai.ChatClient.stream").outputTokensSaved()).isEqualTo(whole.outputTokens());
        System.out.println("[spring-ai-requests] stream x2: " + openAi.requests() + " request, " + live.size() + " chunks replayed");
    }

    @Test
    void streamedContentReplaysTheSameText() {
        ChatClient client = openAi.cachedClient();

        List<String> live = client.prompt().user("Tell me a story").stream().content().collectList().block();
        List<String> replayed = client.prompt().user("Tell me a story").stream().content().collectList().block();

        assertThat(openAi.requests()).isEqualTo(1);
        assertThat(replayed).isEqualTo(live);
        assertThat(String.join("", live)).isNotBlank();
    }

    @Test
    void aStreamAndACallOfTheSamePromptAreSeparateEntries() {
        ChatClient client = openAi.cachedClient();

        String streamed = String.join("", client.prompt().user("Tell me a joke").stream().content().collectList().block());
        String called = client.prompt().user("Tell me a joke").call().content();

        assertThat(openAi.requests()).isEqualTo(2);
        assertThat(called).isEqualTo(streamed);
    }
}
