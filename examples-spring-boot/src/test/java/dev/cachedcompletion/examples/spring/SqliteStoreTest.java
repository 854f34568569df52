package dev.cachedcompletion.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Spring property {@code cachedcompletion.store} chooses the store when the application starts. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SqliteStoreTest {

    @TempDir
    static Path directory;

    private static final SimulatedChatEndpoint model = SimulatedChatEndpoint.start(0, Duration.ZERO);

    @DynamicPropertySource
    static void sqliteStore(DynamicPropertyRegistry properties) {
        properties.add("app.model.base-url", model::baseUrl);
        // Suppliers are read when the context starts, after JUnit has made the directory.
        properties.add("cachedcompletion.store", SqliteStoreTest::spec);
    }

    @AfterAll
    static void stopModelAndReleaseTheFile() {
        model.close();
        CachedCompletions.useStore("memory"); // closes the SQLite store before JUnit deletes its directory
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void theSpringPropertySelectsASqliteStoreThatKeepsAnswersInItsFile() {
        assertThat(CachedCompletions.store().describe()).isEqualTo(spec());
        JsonNode first = http.getForObject("/jokes?topic=owls", JsonNode.class);

        // A new store on the same file: only what the first one wrote there can answer.
        CachedCompletions.useStore(spec());
        JsonNode second = http.getForObject("/jokes?topic=owls", JsonNode.class);

        assertThat(second.path("outcome").asText()).isEqualTo("HIT");
        assertThat(second.path("joke").asText()).isEqualTo(first.path("joke").asText());
        assertThat(model.requestCount()).isEqualTo(1);
    }

    private static String spec() {
        return "sqlite:" + directory.resolve("x.db");
    }
}
