package dev.cachedcompletion.examples;

import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import java.time.Duration;

/**
 * Where the demo's clients send their requests: the real OpenAI API when {@code OPENAI_API_KEY} is
 * set, otherwise a simulated OpenAI-compatible endpoint started on loopback in this JVM, which
 * answers after {@code latency} with canned text that says it is simulated, and counts requests.
 */
final class ModelEndpoint implements AutoCloseable {

    private final String baseUrl;
    private final String apiKey;
    private final String modelName;
    /** Null when the real API is used. */
    private final SimulatedChatEndpoint simulated;

    private ModelEndpoint(String baseUrl, String apiKey, String modelName, SimulatedChatEndpoint simulated) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.modelName = modelName;
        this.simulated = simulated;
    }

    /** Chooses from the environment and says which it chose. */
    static ModelEndpoint fromEnvironment(Duration simulatedLatency, Duration simulatedChunkDelay) throws java.io.IOException {
        String model = envOr("DEMO_MODEL", "gpt-4o-mini");
        String key = System.getenv("OPENAI_API_KEY");
        if (key != null && !key.isBlank()) {
            String base = envOr("OPENAI_BASE_URL", "https://api.openai.com/v1");
            System.out.println("Model: " + model + " at " + base + " (OPENAI_API_KEY is set: real API calls, real cost)");
            return new ModelEndpoint(base, key, model, null);
        }
        SimulatedChatEndpoint endpoint = SimulatedChatEndpoint.start(0, simulatedLatency, simulatedChunkDelay);
        System.out.println("Model: SIMULATED " + model + " at " + endpoint.baseUrl() + " — OPENAI_API_KEY is not set, so"
                + " this JVM runs a local OpenAI-compatible endpoint (about " + simulatedLatency.toMillis()
                + " ms per answer, " + simulatedChunkDelay.toMillis() + " ms per streamed chunk, canned text, no network)."
                + " The clients talk HTTP to it as they would to OpenAI.");
        return new ModelEndpoint(endpoint.baseUrl(), "simulated", model, endpoint);
    }

    String baseUrl() {
        return baseUrl;
    }

    String apiKey() {
        return apiKey;
    }

    String modelName() {
        return modelName;
    }

    /** Requests that reached the simulated endpoint, or -1 for the real API, which this program cannot count. */
    int requestCount() {
        return simulated == null ? -1 : simulated.requestCount();
    }

    @Override
    public void close() {
        if (simulated != null) {
            simulated.close();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
