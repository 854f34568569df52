package dev.cachedcompletion.spring;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spi.CompletionStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of the cache store: DOWN when the configuration is malformed or a look-up of a key no
 * method uses fails (the file is locked or corrupt, the server is down), UP otherwise, with the store
 * and mode as details. A store that is down never fails a cached call (each is a counted miss), so
 * include this indicator in a readiness group only if the application cannot do without its cache.
 * The look-up is bounded like every store call.
 */
final class StoreHealthIndicator extends AbstractHealthIndicator {

    StoreHealthIndicator() {
        super("cached-completion store health check failed");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        CompletionStore store = CachedCompletions.store(); // a CacheConfigurationException is DOWN
        builder.withDetail("store", store.describe()).withDetail("mode", StoreStatus.describeMode());
        CachedCompletions.probeStore(); // a key of its own: never reads or counts a real entry
        builder.up();
    }
}
