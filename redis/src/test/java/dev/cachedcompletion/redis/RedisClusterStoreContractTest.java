package dev.cachedcompletion.redis;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.store.CompletionStoreContract;
import dev.cachedcompletion.spi.CompletionStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract for {@code redis-cluster://...}, on a real cluster of three masters. */
class RedisClusterStoreContractTest extends CompletionStoreContract {

    private static RedisCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = RedisCluster.start(3);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        cluster.close();
    }

    @Override
    protected CompletionStore openStore(Duration defaultTtl) {
        String options = TestRedis.PATIENT + (defaultTtl == null ? "" : "&ttl=" + defaultTtl.toMillis() + "ms");
        return StoreFactory.open(cluster.url() + "?" + options, "test spec");
    }
}
