package dev.cachedcompletion.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.UserMessage;

/** The advisor over a real SQLite file, and what it does when the cache cannot serve. */
class StoresAndFailuresTest {

    @RegisterExtension
    static final SimulatedOpenAi openAi = new SimulatedOpenAi();

    /** A store that is down: every lookup and every write throws. */
    static final class DownStore implements CompletionStore {
        @Override
        public StoredValue get(CacheKey key) {
            throw new IllegalStateException("store is down");
        }

        @Override
        public void put(CacheKey key, StoredValue value, Duration ttl) {
            throw new IllegalStateException("store is down");
        }

        @Override
        public void clear() {}

        @Override
        public String describe() {
            return "down";
        }

        @Override
        public void close() {}
    }

    @Test
    void aSqliteFileServesACallAndAStreamAfterReopening(@TempDir Path dir) {
        String spec = "sqlite:" + dir.resolve("completions.db");
        CachedCompletions.useStore(spec);
        ChatClient client = openAi.cachedClient();
        String called = client.prompt().user("Tell me a joke").call().content();
        List<String> streamed = client.prompt().user("Tell me a story").stream().content().collectList().block();

        CachedCompletions.useStore(spec); // a new store instance on the same file, as the next run opens it
        String calledAgain = client.prompt().user("Tell me a joke").call().content();
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        List<String> streamedAgain = client.prompt().user("Tell me a story").stream().content().collectList().block();

        assertThat(openAi.requests()).isEqualTo(2);
        assertThat(calledAgain).isEqualTo(called);
        assertThat(streamedAgain).isEqualTo(streamed);
        System.out.println("[spring-ai-requests] sqlite call+stream, reopened, again: " + openAi.requests() + " requests");
    }

    @Test
    void aStoreThatIsDownStillGivesTheModelsAnswer() {
        CachedCompletions.useStore(new DownStore());
        ChatClient client = openAi.cachedClient();

        String first = client.prompt().user("Tell me a joke").call().content();
        String second = client.prompt().user("Tell me a joke").call().content();
        List<String> streamed = client.prompt().user("Tell me a joke").stream().content().collectList().block();

        assertThat(first).isNotBlank().isEqualTo(second);
        assertThat(String.join("", streamed)).isEqualTo(first);
        assertThat(openAi.requests()).isEqualTo(3);
        assertThat(CachedCompletions.statistics("spring-ai.ChatClient.call").errors()).isPositive();
    }

    @Test
    void aPromptTheEncoderRefusesRunsUncached() {
        // Metadata of a type the key cannot see into: the call must go to the model every time.
        UserMessage withOpaqueMetadata = UserMessage.builder().text("Tell me a joke")
                .metadata(Map.of("trace", new Object())).build();
        ChatClient client = openAi.cachedClient();

        String first = client.prompt().messages(withOpaqueMetadata).call().content();
        String second = client.prompt().messages(withOpaqueMetadata).call().content();

        assertThat(first).isNotBlank().isEqualTo(second);
        assertThat(openAi.requests()).isEqualTo(2);
        assertThat(CachedCompletions.statistics("spring-ai.ChatClient.call").errors()).isEqualTo(2);
    }
}
