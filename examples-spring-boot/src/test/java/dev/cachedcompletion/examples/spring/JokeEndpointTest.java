package dev.cachedcompletion.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service over HTTP against a simulated model that this test starts and counts. The counts
 * are what prove the weave: without the aspect in JokeService every call would reach the model.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class JokeEndpointTest {

    private static final String JOKE_METHOD = "dev.cachedcompletion.examples.spring.JokeService#joke(java.lang.String)";

    private static final SimulatedChatEndpoint model = SimulatedChatEndpoint.start(0, Duration.ZERO);

    @DynamicPropertySource
    static void pointAtTheSimulatedModel(DynamicPropertyRegistry properties) {
        properties.add("app.model.base-url", model::baseUrl);
        properties.add("app.model.api-key", () -> "test-key");
    }

    @AfterAll
    static void stopModel() {
        model.close();
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    ChatModel chatModel;

    @BeforeEach
    void emptyCacheAndCounts() {
        CachedCompletions.useStore("memory"); // a new, empty store; other test classes may have chosen another
        CachedCompletions.resetStatistics();
        model.resetCounts();
    }

    @Test
    void theSameTopicTwiceCallsTheModelOnce() {
        JsonNode first = joke("cats");
        JsonNode second = joke("cats");

        assertThat(model.requestCount()).isEqualTo(1);
        assertThat(first.path("outcome").asText()).isEqualTo("MISS");
        assertThat(second.path("outcome").asText()).isEqualTo("HIT");
        assertThat(second.path("topic").asText()).isEqualTo("cats");
        assertThat(second.path("joke").asText()).isEqualTo(first.path("joke").asText())
                .startsWith("(simulated gpt-4o-mini)");
    }

    @Test
    void anotherTopicCallsTheModelAgain() {
        joke("cats");
        JsonNode dogs = joke("dogs");

        assertThat(model.requestCount()).isEqualTo(2);
        assertThat(dogs.path("outcome").asText()).isEqualTo("MISS");
        assertThat(model.requestBodies().get(1)).contains("Tell me a joke about dogs");
    }

    @Test
    void anotherModelNameIsAnotherKey() {
        joke("cats");
        // Woven code needs no Spring: an instance made by hand is cached too, keyed by its own model name.
        JokeService otherModel = new JokeService(chatModel, new ModelProperties(null, null, "gpt-4o"));

        otherModel.joke("cats");

        assertThat(model.requestCount()).isEqualTo(2);
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
    }

    @Test
    void statisticsReportTheHit() {
        joke("cats");
        joke("cats");

        JsonNode statistics = http.getForObject("/cache/statistics", JsonNode.class);

        assertThat(statistics).hasSize(1);
        JsonNode jokes = statistics.get(0);
        assertThat(jokes.path("method").asText()).isEqualTo(JOKE_METHOD);
        assertThat(jokes.path("hits").asLong()).isEqualTo(1);
        assertThat(jokes.path("misses").asLong()).isEqualTo(1);
        assertThat(jokes.path("errors").asLong()).isZero();
        assertThat(jokes.has("meanMissMillis")).isTrue();
        assertThat(jokes.has("timeSavedMillis")).isTrue();
    }

    @Test
    void aMissingTopicIsABadRequest() {
        assertThat(http.getForEntity("/jokes", String.class).getStatusCode().value()).isEqualTo(400);
        assertThat(model.requestCount()).isZero();
    }

    private JsonNode joke(String topic) {
        return http.getForObject("/jokes?topic={topic}", JsonNode.class, topic);
    }
}
