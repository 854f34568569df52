package dev.cachedcompletion.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code sqlite} profile of application.yml chooses a SQLite file, relative to the working
 * directory ({@code target/} in this build), when the application starts.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("sqlite")
@DirtiesContext // closing the context closes the store the profile opened, and releases the file
class SqliteProfileTest {

    private static final SimulatedChatEndpoint model = SimulatedChatEndpoint.start(0, Duration.ZERO);

    @DynamicPropertySource
    static void pointAtTheSimulatedModel(DynamicPropertyRegistry properties) {
        properties.add("app.model.base-url", model::baseUrl);
    }

    @AfterAll
    static void stopModel() {
        model.close();
    }

    @LocalServerPort
    int port;

    @Test
    void theSqliteProfileKeepsAnswersInItsFile() {
        ServiceHttp http = new ServiceHttp(port);
        Path file = Path.of(".completions.db").toAbsolutePath().normalize();
        assertThat(http.getJson("/actuator/cachedcompletion").path("store").asText()).isEqualTo("sqlite:" + file);
        CachedCompletions.clear(); // an earlier build's run may have left entries in the file

        JsonNode first = http.getJson("/jokes?topic=owls");
        // A new store on the same file: only what the first one wrote there can answer.
        CachedCompletions.useStore("sqlite:" + file);
        JsonNode second = http.getJson("/jokes?topic=owls");

        assertThat(first.path("outcome").asText()).isEqualTo("MISS");
        assertThat(second.path("outcome").asText()).isEqualTo("HIT");
        assertThat(second.path("joke").asText()).isEqualTo(first.path("joke").asText());
        assertThat(model.requestCount()).isEqualTo(1);
        assertThat(Files.exists(file)).isTrue();
    }
}
