package dev.cachedcompletion.internal.redis;

/** {@code rediss-cluster://...}: a Redis cluster, over TLS (the listed nodes are where the client starts; it finds the others). */
public final class RedisTlsClusterStoreProvider extends AbstractRedisStoreProvider {

    public RedisTlsClusterStoreProvider() {
        super("rediss-cluster", true, true);
    }
}
