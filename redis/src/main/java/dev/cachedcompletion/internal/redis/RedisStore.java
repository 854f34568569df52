package dev.cachedcompletion.internal.redis;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.MethodClearingStore;
import dev.cachedcompletion.spi.StoredValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.ScanIteration;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * {@code redis://}, {@code rediss://}, {@code redis-cluster://}, {@code rediss-cluster://}: entries in
 * Redis, shared by every process that names the same server and prefix.
 *
 * <p>One string key per entry ({@link RedisKeys}), holding the encoded value as it is, with the entry's
 * TTL ({@code SET ... PX}). {@code clear} walks the keyspace with {@code SCAN}
 * on this cache's key pattern and {@code UNLINK} what they find; never {@code FLUSHDB}. A miss can take
 * a lease ({@link RedisLease}, a mark in the entry's own key) so that one process of a fleet calls the
 * model for a key. A hit is one {@code GET}; a miss with its lease is four round trips: the engine's two
 * look-ups, {@code SET NX PX} (the lease) and {@code SET PX} (the value, which also ends the lease).
 *
 * <p>Every operation is bounded by the connect and read timeouts. When Redis is unavailable the
 * {@link CircuitBreaker} opens and operations fail at once, until a background probe sees Redis again.
 * Thread-safe.
 */
final class RedisStore implements LeasingStore, MethodClearingStore {

    /** How many keys one SCAN step asks for. */
    private static final int SCAN_BATCH = 500;
    /** Lifetimes this long (about 36 million years) are stored without expiry. */
    private static final long MAX_EXPIRY_MILLIS = 1L << 60;
    /** Deletes the key only if it still holds the caller's lease mark. */
    private static final String RELEASE_SCRIPT =
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private final RedisSettings settings;
    private final String description;
    private final RedisKeys keys;
    private final CircuitBreaker breaker;
    private final Object opening = new Object();
    /**
     * The leases this store holds, by entry key, so that storing a value can tell its lease that the
     * value replaced the mark and no release is needed (one round trip fewer per miss).
     */
    private final ConcurrentHashMap<String, RedisLease> heldHere = new ConcurrentHashMap<>();
    private volatile UnifiedJedis client;
    private volatile boolean closed;

    RedisStore(RedisSettings settings) {
        this.settings = settings;
        this.description = settings.describe();
        this.keys = new RedisKeys(settings.prefix);
        this.breaker = new CircuitBreaker(description, settings.retryInterval.toNanos(), this::probe);
    }

    @Override
    public StoredValue get(CacheKey key) {
        byte[] value = fetch(keys.entry(key));
        return value == null || RedisLease.isMark(value) ? null : StoredValue.ofBytes(value);
    }

    @Override
    public void put(CacheKey key, StoredValue value, Duration ttl) {
        if (value.bytes() == null) {
            throw new IllegalArgumentException("the Redis store holds encoded bytes only");
        }
        String entryKey = keys.entry(key);
        byte[] entry = utf8(entryKey);
        Duration lifetime = ttl != null ? ttl : settings.defaultTtl;
        long millis = lifetime == null ? Long.MAX_VALUE : saturatedMillis(lifetime);
        if (millis >= MAX_EXPIRY_MILLIS) {
            // A plain SET also drops the TTL an earlier value of this key had.
            run("SET", c -> c.set(entry, value.bytes()));
        } else {
            SetParams expiry = SetParams.setParams().px(Math.max(1, millis));
            run("SET", c -> c.set(entry, value.bytes(), expiry));
        }
        // The value overwrote whatever the key held, this process's lease mark included.
        RedisLease held = heldHere.remove(entryKey);
        if (held != null) {
            held.replacedByValue();
        }
    }

    @Override
    public void clear() {
        unlinkMatching(keys.allPattern());
    }

    /** One {@code SCAN MATCH} over the method's own key prefix (see {@link RedisKeys}). */
    @Override
    public long clearMethod(String methodId) {
        if (methodId == null) {
            throw new NullPointerException("methodId");
        }
        return unlinkMatching(keys.methodPattern(methodId));
    }

    /**
     * {@code SET <entry> <mark> NX PX <lease>}: one round trip that succeeds only if the entry's key holds
     * nothing. Granted: this process computes the entry. Not granted — another process's mark, or a value
     * stored since the caller's look-up: the caller waits for (or at once reads) the value. While Redis
     * is unavailable, or with {@code lease=off}: {@link Lease#UNCOORDINATED}.
     */
    @Override
    public Lease acquireLease(CacheKey key) {
        Duration lease = settings.lease;
        if (lease == null || breaker.isOpen()) {
            return Lease.UNCOORDINATED;
        }
        String entry = keys.entry(key);
        String mark = RedisLease.newMark();
        try {
            SetParams nx = SetParams.setParams().nx().px(lease.toMillis());
            if (run("SET NX", c -> c.set(entry, mark, nx)) == null) {
                Duration maxWait = lease.plus(settings.connectTimeout).plus(settings.readTimeout);
                return RedisLease.heldElsewhere(this, entry, maxWait);
            }
            RedisLease granted = RedisLease.granted(this, entry, mark);
            heldHere.put(entry, granted);
            return granted;
        } catch (RedisStoreException e) {
            if (breaker.isOpen()) {
                return Lease.UNCOORDINATED; // the failed read before this call has already been reported
            }
            throw e;
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        synchronized (opening) {
            closed = true;
            UnifiedJedis c = client;
            client = null;
            if (c != null) {
                c.close();
            }
        }
    }

    // --- used by RedisLease ------------------------------------------------------------------------

    byte[] fetch(String redisKey) {
        byte[] k = utf8(redisKey);
        return run("GET", c -> c.get(k));
    }

    /** Deletes the entry's key only if it still holds {@code mark}: after expiry it may be another process's. */
    void release(String entryKey, String mark) {
        run("release lease", c -> c.eval(RELEASE_SCRIPT, List.of(entryKey), List.of(mark)));
    }

    /** The lease is over: a later value stored for its key has no lease of ours to end. */
    void forget(RedisLease lease) {
        heldHere.remove(lease.entryKey(), lease);
    }

    // --- plumbing ----------------------------------------------------------------------------------

    private long unlinkMatching(String pattern) {
        return run("SCAN/UNLINK", c -> {
            ScanIteration scan = c.scanIteration(SCAN_BATCH, pattern);
            long removed = 0;
            while (!scan.isIterationCompleted()) {
                List<String> ours = new ArrayList<>();
                for (String found : scan.nextBatchList()) {
                    if (keys.isOurs(found)) {
                        ours.add(found);
                    }
                }
                if (!ours.isEmpty()) {
                    removed += c.unlink(ours.toArray(new String[0]));
                }
            }
            return removed;
        });
    }

    /**
     * Runs one operation on Redis: at once a {@link RedisStoreException} while the circuit is open;
     * otherwise the operation, whose failure opens the circuit when it means Redis is unavailable.
     */
    private <T> T run(String operation, Function<UnifiedJedis, T> work) {
        if (closed) {
            throw new IllegalStateException(description + " is closed");
        }
        breaker.check();
        try {
            return work.apply(client());
        } catch (RuntimeException e) {
            if (RedisFailures.isOutage(e)) {
                breaker.trip(e);
            }
            throw new RedisStoreException(description + ": " + operation + " failed: " + e, e);
        }
    }

    private UnifiedJedis client() {
        UnifiedJedis c = client;
        if (c != null) {
            return c;
        }
        synchronized (opening) {
            if (closed) {
                throw new IllegalStateException(description + " is closed");
            }
            if (client == null) {
                client = RedisClients.open(settings);
            }
            return client;
        }
    }

    /** Runs on the breaker's probe thread, never a caller's: throws while Redis does not answer. */
    private void probe() {
        dropIdleConnections();
        client().ping();
    }

    /**
     * Idle pooled connections to a server that went away would each fail once after it returns. Closing
     * one may wait for the server, so this runs on the probe thread only.
     */
    private void dropIdleConnections() {
        UnifiedJedis c = client;
        try {
            if (c instanceof RedisClient) {
                ((RedisClient) c).getPool().clear();
            } else if (c instanceof RedisClusterClient) {
                ((RedisClusterClient) c).getClusterNodes().values().forEach(ConnectionPool::clear);
            }
        } catch (RuntimeException ignored) {
            // Housekeeping only: a stale connection fails once and is then replaced by Jedis.
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long saturatedMillis(Duration d) {
        try {
            return d.toMillis();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
