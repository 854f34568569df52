package dev.cachedcompletion.spring;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
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

    /** A key of its own, so that the probe can never read or count a real entry. */
    private static final CacheKey PROBE = new ProbeSite().key(null, new Object[0]);

    StoreHealthIndicator() {
        super("cached-completion store health check failed");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        CompletionStore store = CachedCompletions.store(); // a CacheConfigurationException is DOWN
        builder.withDetail("store", store.describe()).withDetail("mode", StoreStatus.describeMode());
        store.get(PROBE);
        builder.up();
    }

    private static final class ProbeSite extends MethodSite {
        ProbeSite() {
            super("cachedcompletion:health-probe", 1, "", -1, new ReturnType<String>() { }, true, 0);
        }

        @Override
        public CacheKey key(Object target, Object[] args) {
            return newKey(new Object[0]);
        }
    }
}
