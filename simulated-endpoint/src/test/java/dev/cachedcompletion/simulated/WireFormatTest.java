package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP surface: OpenAI's field names and types, and OpenAI's error object for what is refused. */
@Timeout(30)
class WireFormatTest {

    private final SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO);
    private final RawClient client = new RawClient(endpoint);

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void baseUrlIsLoopbackWithV1Prefix() {
        assertThat(endpoint.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
    }

    @Test
    void completionCarriesEveryFieldOpenAiSends() throws Exception {
        long before = Instant.now().getEpochSecond();
        JsonNode completion = client.complete(RawClient.ask("gpt-4o-mini", "What is the capital of France?"));

        assertThat(RawClient.fieldNames(completion)).containsExactly(
                "id", "object", "created", "model", "system_fingerprint", "service_tier", "choices", "usage");
        assertThat(completion.get("id").asText()).matches("chatcmpl-sim-\\d+");
        assertThat(completion.get("object").asText()).isEqualTo("chat.completion");
        assertThat(completion.get("created").asLong()).isBetween(before, Instant.now().getEpochSecond());
        assertThat(completion.get("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(completion.get("system_fingerprint").asText()).isEqualTo("fp_simulated");
        assertThat(completion.get("service_tier").asText()).isEqualTo("default");

        assertThat(completion.get("choices")).hasSize(1);
        JsonNode choice = completion.get("choices").get(0);
        assertThat(RawClient.fieldNames(choice)).containsExactly("index", "message", "logprobs", "finish_reason");
        assertThat(choice.get("index").asInt()).isZero();
        assertThat(choice.get("logprobs").isNull()).isTrue();
        assertThat(choice.get("finish_reason").asText()).isEqualTo("stop");

        JsonNode message = choice.get("message");
        assertThat(RawClient.fieldNames(message)).containsExactly("role", "content", "refusal", "annotations");
        assertThat(message.get("role").asText()).isEqualTo("assistant");
        assertThat(message.get("content").asText()).startsWith("(simulated gpt-4o-mini) ");
        assertThat(message.get("refusal").isNull()).isTrue();
        assertThat(message.get("annotations").isArray()).isTrue();
        assertThat(message.get("annotations")).isEmpty();
    }

    @Test
    void usageCountsWordsWithOpenAisDetails() throws Exception {
        String body = "{\"model\":\"m\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"You are terse.\"},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Name  three\\nprimes\"}]}]}";
        JsonNode completion = client.complete(body);

        JsonNode usage = completion.get("usage");
        int answerWords = completion.at("/choices/0/message/content").asText().split(" ").length;
        assertThat(usage.get("prompt_tokens").asInt()).isEqualTo(6);
        assertThat(usage.get("completion_tokens").asInt()).isEqualTo(answerWords);
        assertThat(usage.get("total_tokens").asInt()).isEqualTo(6 + answerWords);
        assertThat(usage.get("prompt_tokens_details").toString())
                .isEqualTo("{\"cached_tokens\":0,\"audio_tokens\":0}");
        assertThat(usage.get("completion_tokens_details").toString()).isEqualTo("{\"reasoning_tokens\":0,"
                + "\"audio_tokens\":0,\"accepted_prediction_tokens\":0,\"rejected_prediction_tokens\":0}");
    }

    @Test
    void servesChatCompletionsUnderAnyPrefix() throws Exception {
        String root = client.baseUrl().replace("/v1", "");
        for (String path : List.of("/chat/completions", "/v1/chat/completions", "/openai/deployments/x/chat/completions")) {
            HttpResponse<String> response = client.send("POST", root + path, RawClient.ask("m", "hi"));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        }
    }

    @Test
    void needsNoApiKey() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(client.baseUrl() + "/chat/completions"))
                        .POST(HttpRequest.BodyPublishers.ofString(RawClient.ask("m", "hi")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"stream\":\"yes\" | \"stream\" must be true or false",
        "\"stream_options\":{\"include_usage\":true} | \"stream_options\" is only allowed when \"stream\" is true",
        "\"stream\":false,\"stream_options\":{} | \"stream_options\" is only allowed when \"stream\" is true",
        "\"stream\":true,\"stream_options\":true | \"stream_options\" must be an object",
        "\"stream\":true,\"stream_options\":{\"include_usage\":1} | \"include_usage\" must be true or false"
    })
    void refusesStreamingFieldsOpenAiWouldRefuse(String fields, String message) throws Exception {
        HttpResponse<String> response = client.send(
                "POST", client.baseUrl() + "/chat/completions", RawClient.ask("m", "hi", fields));

        assertOpenAiError(response, 400, message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"model\":\"m\",\"messages\":[", "not json", "", "[]", "{\"model\":\"m\"} {}"})
    void refusesMalformedJson(String body) throws Exception {
        HttpResponse<String> response = client.send("POST", client.baseUrl() + "/chat/completions", body);

        assertOpenAiError(response, 400, "JSON");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]} | \"model\"",
        "{\"model\":\"\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]} | \"model\"",
        "{\"model\":\"m\"} | \"messages\"",
        "{\"model\":\"m\",\"messages\":[]} | \"messages\"",
        "{\"model\":\"m\",\"messages\":[{\"content\":\"no role\"}]} | \"role\"",
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\"}],\"max_tokens\":0} | \"max_tokens\"",
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\"}],\"temperature\":\"hot\"} | \"temperature\"",
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\"}],\"tools\":[{\"type\":\"function\"}]} | \"tools\""
    })
    void refusesRequestsWithoutWhatAnAnswerNeeds(String body, String namedField) throws Exception {
        HttpResponse<String> response = client.send("POST", client.baseUrl() + "/chat/completions", body);

        assertOpenAiError(response, 400, namedField);
    }

    @Test
    void unknownPathIsNotFound() throws Exception {
        HttpResponse<String> response = client.send("GET", client.baseUrl() + "/models", null);

        assertOpenAiError(response, 404, "/v1/models");
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        HttpResponse<String> response = client.send("GET", client.baseUrl() + "/chat/completions", null);

        assertOpenAiError(response, 405, "GET");
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void refusedRequestsAreRecordedButNotCounted() throws Exception {
        client.send("POST", client.baseUrl() + "/chat/completions", "not json");
        client.complete(RawClient.ask("m", "hi"));

        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(endpoint.requestBodies()).containsExactly("not json", RawClient.ask("m", "hi"));
    }

    private static void assertOpenAiError(HttpResponse<String> response, int status, String messagePart) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = RawClient.parse(response.body());
        assertThat(RawClient.fieldNames(body)).containsExactly("error");
        JsonNode error = body.get("error");
        assertThat(RawClient.fieldNames(error)).containsExactly("message", "type", "param", "code");
        assertThat(error.get("message").asText()).contains(messagePart);
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").isNull()).isTrue();
        assertThat(error.get("code").isNull()).isTrue();
    }
}
