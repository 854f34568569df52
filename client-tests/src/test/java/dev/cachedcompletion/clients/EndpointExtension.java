package dev.cachedcompletion.clients;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.simulated.SimulatedChatEndpoint;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One simulated OpenAI-compatible endpoint per test class (no latency; streams pause
 * {@link SimulatedChatEndpoint#DEFAULT_CHUNK_DELAY} between chunks), and before
 * each test a fresh in-memory cache, statistics and request count of zero, so every test counts only
 * its own requests.
 */
final class EndpointExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private SimulatedChatEndpoint endpoint;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO);
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

    String baseUrl() {
        return endpoint.baseUrl();
    }

    /** Requests that reached the endpoint since the current test started. */
    int requestCount() {
        return endpoint.requestCount();
    }

    /** Requests answered as a stream since the current test started. */
    int streamedRequestCount() {
        return endpoint.streamedRequestCount();
    }
}
