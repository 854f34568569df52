package dev.cachedcompletion.internal.redis;

/** {@code redis-cluster://...}: a Redis cluster, in plain TCP (the listed nodes are where the client starts; it finds the others). */
public final class RedisClusterStoreProvider extends AbstractRedisStoreProvider {

    public RedisClusterStoreProvider() {
        super("redis-cluster", false, true);
    }
}
