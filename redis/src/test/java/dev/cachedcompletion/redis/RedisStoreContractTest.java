package dev.cachedcompletion.redis;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.store.CompletionStoreContract;
import dev.cachedcompletion.spi.CompletionStore;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract for {@code redis://host:port}, on a real redis-server. */
class RedisStoreContractTest extends CompletionStoreContract {

    private static TestRedis redis;
    private static final String PREFIX = TestRedis.uniquePrefix();

    @BeforeAll
    static void startRedis() throws Exception {
        redis = TestRedis.standalone();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @Override
    protected CompletionStore openStore(Duration defaultTtl) {
        return StoreFactory.open(redis.spec(PREFIX,
                "&" + TestRedis.PATIENT + (defaultTtl == null ? "" : "&ttl=" + defaultTtl.toMillis() + "ms")), "test spec");
    }
}
