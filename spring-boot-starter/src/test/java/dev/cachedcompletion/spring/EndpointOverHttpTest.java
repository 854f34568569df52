package dev.cachedcompletion.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spring.unwoven.PlainJokes;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The endpoint as an operator reaches it: over HTTP from a real server on a free local port, exposed
 * and access-controlled by Spring Boot's own properties, JSON written by Spring Boot.
 */
@ExtendWith(FreshCache.class)
class EndpointOverHttpTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--server.port=0";
        all[1] = "--management.endpoints.web.exposure.include=health,cachedcompletion";
        all[2] = "--management.endpoint.health.show-components=always";
        System.arraycopy(args, 0, all, 3, args.length);
        return new SpringApplicationBuilder(JokeApplication.class).web(WebApplicationType.SERVLET).run(all);
    }

    @Test
    void anOperatorReadsTheCountersAndClearsTheStore() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            PlainJokes jokes = app.getBean(PlainJokes.class);
            jokes.joke("lynx");
            jokes.joke("lynx");

            HttpResponse<String> all = send(app, "GET", "/actuator/cachedcompletion");
            assertThat(all.statusCode()).isEqualTo(200);
            assertThat(all.body()).contains("\"store\"").contains(JokeBeans.PLAIN);
            HttpResponse<String> one = send(app, "GET", "/actuator/cachedcompletion/"
                    + URLEncoder.encode(JokeBeans.PLAIN, StandardCharsets.UTF_8));
            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.body()).contains("\"hits\":1").contains("\"misses\":1");

            assertThat(send(app, "DELETE", "/actuator/cachedcompletion").statusCode()).isEqualTo(200);
            jokes.joke("lynx");
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
        }
    }

    @Test
    void theReportSaysWhatTheHitsSavedInTokensAndMoney() throws Exception {
        try (ConfigurableApplicationContext app = start("--cachedcompletion.prices=gpt-4o-mini:0.15/0.60")) {
            PlainJokes jokes = app.getBean(PlainJokes.class);
            jokes.reply("moths");
            jokes.reply("moths");

            HttpResponse<String> one = send(app, "GET", "/actuator/cachedcompletion/"
                    + URLEncoder.encode(JokeBeans.REPLY, StandardCharsets.UTF_8));

            assertThat(one.statusCode()).isEqualTo(200);
            assertThat(one.body()).contains("\"inputTokensSaved\":1200").contains("\"outputTokensSaved\":300")
                    .contains("\"moneySaved\":3.6E-4")
                    .contains("\"tokensSavedByModel\":[{\"model\":\"gpt-4o-mini-2024-07-18\",\"inputTokens\":1200,"
                            + "\"outputTokens\":300}]");
        }
    }

    @Test
    void readOnlyAccessRefusesTheClear() throws Exception {
        try (ConfigurableApplicationContext app = start("--management.endpoint.cachedcompletion.access=read-only")) {
            PlainJokes jokes = app.getBean(PlainJokes.class);
            jokes.joke("ibis");

            assertThat(send(app, "GET", "/actuator/cachedcompletion").statusCode()).isEqualTo(200);
            assertThat(send(app, "DELETE", "/actuator/cachedcompletion").statusCode()).isBetween(400, 499);
            jokes.joke("ibis");
            assertThat(CachedCompletions.lastOutcome()).as("the entry survived").isEqualTo(CacheOutcome.HIT);
        }
    }

    @Test
    void theHealthEndpointShowsTheStore() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            HttpResponse<String> health = send(app, "GET", "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"cachedcompletion\"").contains("\"UP\"");
        }
    }

    private HttpResponse<String> send(ConfigurableApplicationContext app, String method, String path)
            throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
