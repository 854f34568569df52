package dev.cachedcompletion.internal.redis;

/** {@code redis://...}: a standalone Redis server, in plain TCP. */
public final class RedisStoreProvider extends AbstractRedisStoreProvider {

    public RedisStoreProvider() {
        super("redis", false, false);
    }
}
