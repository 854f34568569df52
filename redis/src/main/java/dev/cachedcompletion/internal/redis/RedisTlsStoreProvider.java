package dev.cachedcompletion.internal.redis;

/** {@code rediss://...}: a standalone Redis server, over TLS. */
public final class RedisTlsStoreProvider extends AbstractRedisStoreProvider {

    public RedisTlsStoreProvider() {
        super("rediss", true, false);
    }
}
