package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The command the demo runs: a separate JVM that announces its URL and that it is simulated. */
@Timeout(60)
class MainTest {

    @Test
    void announcesItsBaseUrlAndThatItIsSimulatedThenServes() throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"),
                        SimulatedChatEndpoint.class.getName(), "--port", "0", "--latency-ms", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String baseUrl = out.readLine();
            String notice = out.readLine();

            assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+/v1");
            assertThat(notice).contains("SIMULATED").contains("0 ms");
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
                            .POST(HttpRequest.BodyPublishers.ofString(RawClient.ask("gpt-4o-mini", "hi")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("(simulated gpt-4o-mini) ");
        } finally {
            process.destroy();
            process.waitFor();
        }
    }
}
