package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Counting, latency, concurrency and the endpoint's life from start to close. */
@Timeout(60)
class EndpointLifecycleTest {

    @Test
    void countsAnsweredRequestsAndKeepsTheirBodiesInOrder() throws Exception {
        try (SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO)) {
            RawClient client = new RawClient(endpoint);
            assertThat(endpoint.requestCount()).isZero();

            client.complete(RawClient.ask("m", "first"));
            client.complete(RawClient.ask("m", "second"));

            assertThat(endpoint.requestCount()).isEqualTo(2);
            assertThat(endpoint.requestBodies())
                    .containsExactly(RawClient.ask("m", "first"), RawClient.ask("m", "second"));
        }
    }

    @Test
    void countsStreamedRequestsAmongTheAnsweredOnes() throws Exception {
        try (SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO, Duration.ZERO)) {
            RawClient client = new RawClient(endpoint);
            String streamed = RawClient.ask("m", "streamed", "\"stream\":true");

            client.complete(RawClient.ask("m", "whole"));
            assertThat(client.send("POST", client.baseUrl() + "/chat/completions", streamed).body())
                    .endsWith("data: [DONE]\n\n");

            assertThat(endpoint.requestCount()).isEqualTo(2);
            assertThat(endpoint.streamedRequestCount()).isEqualTo(1);
            assertThat(endpoint.requestBodies()).containsExactly(RawClient.ask("m", "whole"), streamed);
            endpoint.resetCounts();
            assertThat(endpoint.streamedRequestCount()).isZero();
        }
    }

    @Test
    void resetStartsTheCountAgainButNotTheIds() throws Exception {
        try (SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO)) {
            RawClient client = new RawClient(endpoint);
            String before = client.complete(RawClient.ask("m", "hi")).get("id").asText();

            endpoint.resetCounts();
            assertThat(endpoint.requestCount()).isZero();
            assertThat(endpoint.requestBodies()).isEmpty();

            String after = client.complete(RawClient.ask("m", "hi")).get("id").asText();
            assertThat(endpoint.requestCount()).isEqualTo(1);
            assertThat(after).isNotEqualTo(before);
        }
    }

    @Test
    void requestBodiesIsASnapshot() throws Exception {
        try (SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO)) {
            List<String> snapshot = endpoint.requestBodies();
            new RawClient(endpoint).complete(RawClient.ask("m", "hi"));

            assertThat(snapshot).isEmpty();
            assertThatThrownBy(() -> endpoint.requestBodies().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void concurrentRequestsAreAllAnsweredWithUniqueIds() throws Exception {
        int requests = 24;
        try (SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ofMillis(100))) {
            RawClient client = new RawClient(endpoint);
            List<CompletableFuture<JsonNode>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                String body = RawClient.ask("m", "same question");
                answers.add(CompletableFuture.supplyAsync(() -> completeUnchecked(client, body)));
            }

            Set<String> ids = new HashSet<>();
            Set<String> texts = new HashSet<>();
            for (CompletableFuture<JsonNode> answer : answers) {
                ids.add(answer.get().get("id").asText());
                texts.add(answer.get().at("/choices/0/message/content").asText());
            }
            assertThat(ids).hasSize(requests);
            assertThat(texts).hasSize(1);
            assertThat(endpoint.requestCount()).isEqualTo(requests);
        }
    }

    @Test
    void servesRequestsConcurrently() throws Exception {
        int requests = 8;
        try (SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ofMinutes(5))) {
            RawClient client = new RawClient(endpoint);
            for (int i = 0; i < requests; i++) {
                String body = RawClient.ask("m", "question " + i);
                CompletableFuture.runAsync(() -> completeUnchecked(client, body));
            }

            // A server answering one at a time would hold the second request until the first one's
            // five minutes are over; the class timeout would fail the test long before.
            while (endpoint.requestBodies().size() < requests) {
                Thread.sleep(10);
            }
            assertThat(endpoint.requestCount()).isZero();
        }
    }

    @Test
    void eachAnswerTakesAtLeastTheLatency() throws Exception {
        Duration latency = Duration.ofMillis(300);
        try (SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, latency)) {
            RawClient client = new RawClient(endpoint);

            long started = System.nanoTime();
            client.complete(RawClient.ask("m", "hi"));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(latency);
        }
    }

    @Test
    void closeDropsRequestsStillWaitingAndDoesNotCountThem() throws Exception {
        SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ofMinutes(5));
        RawClient client = new RawClient(endpoint);
        CompletableFuture<JsonNode> waiting =
                CompletableFuture.supplyAsync(() -> completeUnchecked(client, RawClient.ask("m", "hi")));
        while (endpoint.requestBodies().isEmpty()) {
            Thread.sleep(10); // until the request is inside its latency
        }

        endpoint.close();

        // The class timeout, far below the five minutes, is what catches a close that waits for the answer.
        assertThatThrownBy(waiting::get).isInstanceOf(ExecutionException.class)
                .hasRootCauseInstanceOf(IOException.class);
        assertThat(endpoint.requestCount()).isZero();
    }

    @Test
    void closedEndpointRefusesConnectionsAndClosesAgainQuietly() throws Exception {
        SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO);
        RawClient client = new RawClient(endpoint);

        endpoint.close();
        endpoint.close();

        assertThatThrownBy(() -> client.complete(RawClient.ask("m", "hi"))).isInstanceOf(IOException.class);
    }

    @Test
    void listensOnTheGivenPort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(port, Duration.ZERO)) {
            assertThat(endpoint.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/v1");
            new RawClient(endpoint).complete(RawClient.ask("m", "hi"));
        }
    }

    @Test
    void aTakenPortIsReportedWithWhatToDo() {
        try (SimulatedChatEndpoint first = SimulatedChatEndpoint.start(0, Duration.ZERO)) {
            int port = Integer.parseInt(first.baseUrl().replaceAll(".*:(\\d+)/v1", "$1"));

            assertThatThrownBy(() -> SimulatedChatEndpoint.start(port, Duration.ZERO))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("0 for any free port");
        }
    }

    @Test
    void rejectsImpossibleArguments() {
        assertThatThrownBy(() -> SimulatedChatEndpoint.start(-1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> SimulatedChatEndpoint.start(65536, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
        assertThatThrownBy(() -> SimulatedChatEndpoint.start(0, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> SimulatedChatEndpoint.start(0, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("latency");
        assertThatThrownBy(() -> SimulatedChatEndpoint.start(0, Duration.ZERO, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chunkDelay")
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> SimulatedChatEndpoint.start(0, Duration.ZERO, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("chunkDelay");
    }

    private static JsonNode completeUnchecked(RawClient client, String body) {
        try {
            return client.complete(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
