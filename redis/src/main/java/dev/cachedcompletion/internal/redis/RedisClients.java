package dev.cachedcompletion.internal.redis;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.net.ssl.SSLParameters;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;

/** Builds the Jedis client a {@link RedisSettings} describes: pooled, with short timeouts. */
final class RedisClients {

    /** Shown by {@code CLIENT LIST}, so that operators can tell our connections apart. */
    static final String CLIENT_NAME = "cached-completion";

    private RedisClients() {
    }

    /**
     * A new client. A standalone client connects lazily; a cluster client reads the cluster's slot map
     * here, so this fails (with a Jedis exception) when no node answers.
     */
    static UnifiedJedis open(RedisSettings s) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis(s.connectTimeout))
                .socketTimeoutMillis(millis(s.readTimeout))
                .user(s.user)
                .password(s.password)
                .database(s.database)
                .clientName(CLIENT_NAME)
                // CLIENT SETINFO costs two round trips per new connection and is unknown before Redis 7.2.
                .clientSetInfoConfig(ClientSetInfoConfig.DISABLED)
                .ssl(s.tls);
        if (s.tls) {
            config.sslParameters(checkingHostName());
        }
        JedisClientConfig clientConfig = config.build();
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(s.maxConnections);
        pool.setMaxIdle(s.maxConnections);
        pool.setMinIdle(0);
        // Waiting for a free connection is bounded like a call to Redis would be.
        pool.setMaxWait(s.connectTimeout.plus(s.readTimeout));
        if (s.cluster) {
            Set<HostAndPort> nodes = new LinkedHashSet<>();
            s.nodes.forEach(n -> nodes.add(new HostAndPort(n.host(), n.port())));
            return RedisClusterClient.builder()
                    .nodes(nodes)
                    .clientConfig(clientConfig)
                    .poolConfig(pool)
                    // One redirect or retry, and no more than about two round trips of waiting in all.
                    .maxAttempts(2)
                    .maxTotalRetriesDuration(s.connectTimeout.plus(s.readTimeout.multipliedBy(2)))
                    .build();
        }
        RedisSettings.Node node = s.nodes.get(0);
        return RedisClient.builder()
                .hostAndPort(node.host(), node.port())
                .clientConfig(clientConfig)
                .poolConfig(pool)
                .build();
    }

    /** TLS that checks the server's certificate names the host we connect to, as HTTPS does. */
    private static SSLParameters checkingHostName() {
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }
}
