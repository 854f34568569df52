package dev.cachedcompletion.simulated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Plain HTTP to the endpoint, so that tests see exactly what goes over the wire. */
final class RawClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String baseUrl;

    RawClient(SimulatedChatEndpoint endpoint) {
        this.baseUrl = endpoint.baseUrl();
    }

    /** POSTs {@code body} to {@code <baseUrl>/chat/completions}; expects 200 and returns the parsed body. */
    JsonNode complete(String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send("POST", baseUrl + "/chat/completions", body);
        if (response.statusCode() != 200) {
            throw new AssertionError("Expected 200, got " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    HttpResponse<String> send(String method, String url, String body) throws IOException, InterruptedException {
        return http.send(request(method, url, body), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs {@code body} and returns as soon as the headers are in; the body is read as it arrives. */
    HttpResponse<InputStream> open(String body) throws IOException, InterruptedException {
        return http.send(request("POST", baseUrl + "/chat/completions", body), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static HttpRequest request(String method, String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer any-key-works")
                .build();
    }

    String baseUrl() {
        return baseUrl;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }

    /** A request body with one user message and, after it, {@code "key": value} pairs given as raw JSON. */
    static String ask(String model, String question, String... extraFields) {
        StringBuilder body = new StringBuilder("{\"model\":").append(quoted(model))
                .append(",\"messages\":[{\"role\":\"user\",\"content\":").append(quoted(question)).append("}]");
        for (String field : extraFields) {
            body.append(',').append(field);
        }
        return body.append('}').toString();
    }

    /** The names of an object's fields, in the order they were sent. */
    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static String quoted(String text) {
        return JSON.getNodeFactory().textNode(text).toString();
    }
}
