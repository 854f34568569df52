package dev.cachedcompletion.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import dev.langchain4j.model.chat.ChatModel;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service over HTTP, configured by its own application.yml, against a simulated model that this
 * test starts and counts. The counts are what prove the cache: the class is not woven, so only the
 * starter's proxy around the JokeService bean can keep a request from reaching the model.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext // the context set the JVM's one cache up: closing it after this class closes its store
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

    @LocalServerPort
    int port;

    @Autowired
    JokeService jokes;

    @Autowired
    ChatModel chatModel;

    @Autowired
    AutowireCapableBeanFactory beans;

    private ServiceHttp http;

    @BeforeEach
    void emptyCacheAndCounts() {
        http = new ServiceHttp(port);
        CachedCompletions.clear(); // the store application.yml chose, kept but emptied
        CachedCompletions.resetStatistics();
        model.resetCounts();
    }

    @Test
    void theSameTopicTwiceCallsTheModelOnceThroughTheBeansProxy() {
        JsonNode first = joke("cats");
        JsonNode second = joke("cats");

        assertThat(model.requestCount()).isEqualTo(1);
        assertThat(first.path("outcome").asText()).isEqualTo("MISS");
        assertThat(second.path("outcome").asText()).isEqualTo("HIT");
        assertThat(second.path("topic").asText()).isEqualTo("cats");
        assertThat(second.path("joke").asText()).isEqualTo(first.path("joke").asText())
                .startsWith("(simulated gpt-4o-mini)");
        assertThat(AopUtils.isAopProxy(jokes)).as("the starter proxied the bean").isTrue();
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
        // Initialized by Spring, so proxied like the application's bean, and keyed by its own model name.
        JokeService otherModel = (JokeService) beans.initializeBean(
                new JokeService(chatModel, new ModelProperties(null, null, "gpt-4o")), "gpt4oJokes");

        otherModel.joke("cats");
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
        otherModel.joke("cats");
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(model.requestCount()).isEqualTo(2);
    }

    @Test
    void anInstanceSpringDidNotMakeIsNotCachedWithoutWeaving() {
        JokeService unmanaged = new JokeService(chatModel, new ModelProperties(null, null, "gpt-4o-mini"));

        unmanaged.joke("cats");
        unmanaged.joke("cats");

        assertThat(model.requestCount()).as("no proxy, no woven aspect: every call reaches the model").isEqualTo(2);
    }

    @Test
    void theActuatorEndpointReportsTheStoreFromApplicationYmlAndTheMethodsHitsAndMisses() {
        joke("cats");
        joke("cats");

        JsonNode report = http.getJson("/actuator/cachedcompletion");

        assertThat(report.path("store").asText()).isEqualTo("memory?maxEntries=10000");
        assertThat(report.path("mode").asText()).isEqualTo("read-write");
        JsonNode jokeMethod = StreamSupport.stream(report.path("methods").spliterator(), false)
                .filter(method -> method.path("method").asText().equals(JOKE_METHOD)).findFirst().orElseThrow();
        assertThat(jokeMethod.path("hits").asLong()).isEqualTo(1);
        assertThat(jokeMethod.path("misses").asLong()).isEqualTo(1);
        assertThat(jokeMethod.path("errors").asLong()).isZero();
        // The hit's answer says what it cost: the simulated model reports usage as OpenAI does.
        assertThat(jokeMethod.path("inputTokensSaved").asLong()).isPositive();
        assertThat(jokeMethod.path("outputTokensSaved").asLong()).isPositive();
        assertThat(jokeMethod.path("moneySaved").asDouble()).as("at the prices in application.yml").isPositive();
        assertThat(jokeMethod.path("tokensSavedByModel").path(0).path("model").asText()).isEqualTo("gpt-4o-mini");
    }

    @Test
    void theEndpointsClearIsRefusedAsApplicationYmlSays() {
        joke("cats");

        assertThat(http.send("DELETE", "/actuator/cachedcompletion").statusCode()).isBetween(400, 499);

        assertThat(joke("cats").path("outcome").asText()).as("the entry survived").isEqualTo("HIT");
        assertThat(model.requestCount()).isEqualTo(1);
    }

    @Test
    void theHealthEndpointHasTheCacheComponent() {
        JsonNode health = http.getJson("/actuator/health");

        assertThat(health.path("components").path("cachedcompletion").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void aMissingTopicIsABadRequest() {
        assertThat(http.send("GET", "/jokes").statusCode()).isEqualTo(400);
        assertThat(model.requestCount()).isZero();
    }

    private JsonNode joke(String topic) {
        return http.getJson("/jokes?topic=" + topic);
    }
}
