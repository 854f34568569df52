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
 * {@link SimulatedChatEndpoint#DEFAULT_CHUNK_DELAY} between chunks unless told otherwise), and before
 * each test a fresh in-memory cache, statistics and request count of zero, so every test counts only
 * its own requests.
 */
final class EndpointExtension implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    private final Duration chunkDelay;
    private SimulatedChatEndpoint endpoint;

    EndpointExtension() {
        this(SimulatedChatEndpoint.DEFAULT_CHUNK_DELAY);
    }

    /** An endpoint whose streams pause {@code chunkDelay} between chunks. */
    EndpointExtension(Duration chunkDelay) {
        this.chunkDelay = chunkDelay;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        endpoint = SimulatedChatEndpoint.start(0, Duration.ZERO, chunkDelay);
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
