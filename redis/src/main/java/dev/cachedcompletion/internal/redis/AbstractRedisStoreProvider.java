package dev.cachedcompletion.internal.redis;

import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreProvider;
import dev.cachedcompletion.spi.StoreSpec;

/**
 * The four Redis schemes differ only in TLS and cluster; {@link java.util.ServiceLoader} needs one
 * class per scheme. Opening never connects: a Redis that is down is reported per call.
 */
abstract class AbstractRedisStoreProvider implements StoreProvider {

    private static final String OPTIONS = "[?option=value&...] (options: prefix, ttl, connectTimeout, readTimeout, "
            + "retryInterval, lease, maxConnections; see docs/REDIS.md)";

    private final String scheme;
    private final boolean tls;
    private final boolean cluster;

    AbstractRedisStoreProvider(String scheme, boolean tls, boolean cluster) {
        this.scheme = scheme;
        this.tls = tls;
        this.cluster = cluster;
    }

    @Override
    public final String scheme() {
        return scheme;
    }

    @Override
    public final String usage() {
        String servers = cluster ? "host1:port1,host2:port2,..." : "host[:port][/db]";
        // Configuration errors list every scheme's usage: the options once are enough.
        return scheme + "://[user:password@]" + servers + (scheme.equals("redis") ? OPTIONS : "[?options as for redis://]");
    }

    @Override
    public final CompletionStore open(StoreSpec spec) {
        return new RedisStore(RedisSettings.parse(spec, tls, cluster));
    }
}
