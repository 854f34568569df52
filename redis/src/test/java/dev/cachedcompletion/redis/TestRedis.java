package dev.cachedcompletion.redis;

import java.io.IOException;
import java.util.UUID;
import java.net.URI;
import redis.clients.jedis.Jedis;

/**
 * The Redis a test class runs against: the server named by {@code REDIS_URL} when it is set (a CI
 * service, say), otherwise a {@link RedisServer} started for the class. Every test works under a prefix
 * of its own, so a shared server's other data is never touched.
 */
public final class TestRedis implements AutoCloseable {

    /**
     * Options for tests about what is stored rather than how fast: the 200 ms defaults are meant for
     * production, and a test machine shared by parallel builds can stall a process for longer.
     */
    public static final String PATIENT = "connectTimeout=5s&readTimeout=5s";

    private final String url;
    private final RedisServer owned;

    private TestRedis(String url, RedisServer owned) {
        this.url = url;
        this.owned = owned;
    }

    /** {@code REDIS_URL}, or a new server. */
    public static TestRedis standalone() throws IOException, InterruptedException {
        String external = System.getenv("REDIS_URL");
        if (external != null && !external.isBlank()) {
            return new TestRedis(external.trim().replaceAll("/+$", ""), null);
        }
        RedisServer server = RedisServer.start();
        return new TestRedis(server.url(), server);
    }

    /** The server URL without options, such as {@code redis://127.0.0.1:6379}. */
    public String url() {
        return url;
    }

    /** A store spec for this server under {@code prefix}, with more options appended ({@code "&ttl=1s"}). */
    public String spec(String prefix, String moreOptions) {
        return url + "?prefix=" + prefix + moreOptions;
    }

    /** A prefix no other test uses. */
    public static String uniquePrefix() {
        return "cctest:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    /** A plain connection for the test's own checks (same server, user, password and database). */
    public Jedis admin() {
        return new Jedis(URI.create(url));
    }

    @Override
    public void close() throws InterruptedException {
        if (owned != null) {
            owned.close();
        }
    }
}
