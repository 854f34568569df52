package dev.cachedcompletion.springai;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.api.Advisor;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * The simulated OpenAI endpoint over HTTP on loopback, one per test class, and Spring AI's real
 * {@code OpenAiChatModel} pointed at it. Before each test: a fresh in-memory cache, statistics and
 * request count, so that each test counts its own requests.
 */
final class SimulatedOpenAi implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private SimulatedChatEndpoint endpoint;

    @Override
    public void beforeAll(ExtensionContext context) {
        endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO, Duration.ZERO);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CachedCompletions.useStore("memory");
        CachedCompletions.resetStatistics();
        endpoint.resetCounts();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        endpoint.close();
    }

    /** Options as an application would give its model: endpoint, key, model name, temperature. */
    OpenAiChatOptions.Builder options() {
        return OpenAiChatOptions.builder().baseUrl(endpoint.baseUrl()).apiKey("sk-simulated").maxRetries(0)
                .model("gpt-4o-mini").temperature(0.0);
    }

    OpenAiChatModel model(OpenAiChatOptions.Builder options) {
        return OpenAiChatModel.builder().options(options.build()).build();
    }

    /** A client as the README shows it: the model's defaults and the cache advisor. */
    ChatClient cachedClient() {
        return cachedClientWith();
    }

    /** Such a client with more advisors, which the chain orders by their own order. */
    ChatClient cachedClientWith(Advisor... others) {
        return ChatClient.builder(model(options())).defaultAdvisors(others)
                .defaultAdvisors(new CachedCompletionAdvisor()).build();
    }

    /** Requests answered since the current test started. */
    int requests() {
        return endpoint.requestCount();
    }

    /** Requests answered as a stream since the current test started. */
    int streamedRequests() {
        return endpoint.streamedRequestCount();
    }
}
