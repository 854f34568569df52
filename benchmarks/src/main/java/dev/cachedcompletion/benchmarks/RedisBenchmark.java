package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.Prompts;
import dev.cachedcompletion.benchmarks.support.RedisFixture;
import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import redis.clients.jedis.Jedis;

/**
 * The Redis store against Redis itself, on one real {@code redis-server} that the forked JVM starts at
 * the beginning of each trial and stops at its end ({@link RedisFixture}, on 127.0.0.1, so a round trip
 * is a loopback one):
 * <ul>
 *   <li>{@code storeHit}: a woven call answered from the Redis store (key, digest, one {@code GET},
 *       decode of the 512-character answer);</li>
 *   <li>{@code rawGet}: a plain Jedis connection's {@code GET} of the very entry the store wrote (its key
 *       bytes computed before measuring): the floor;</li>
 *   <li>{@code handWrittenRedis}: SHA-256 of the prompt then {@code GET}, what any Redis cache keyed by a
 *       digest of the prompt must at least do per call (no decode);</li>
 *   <li>{@code storeMiss} / {@code storeMissLeaseOff}: a woven call whose prompt no call had before, so
 *       every call misses, takes the lease (or, with {@code lease=off}, none) and stores the answer; the
 *       body itself costs nothing. The store is emptied before each iteration.</li>
 * </ul>
 * The hit benchmarks check at tear-down that every measured call was a hit.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -pl benchmarks -am -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RedisBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar RedisBenchmark -t 2
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1)
public class RedisBenchmark {

    private static final String HIT_PREFIX = "bench-hit:";
    private static final String RAW_PREFIX = "bench-raw:";
    private static final AtomicInteger THREADS = new AtomicInteger();

    @State(Scope.Benchmark)
    public static class Server {
        @Param({"64", "1024", "16384"})
        public int promptBytes;

        RedisFixture redis;
        String template;

        @Setup(Level.Trial)
        public void start() {
            redis = RedisFixture.start();
            template = Prompts.template(promptBytes);
        }

        @TearDown(Level.Trial)
        public void stop() {
            CachedCompletions.useConfiguredStore();
            redis.close();
        }

        /** A new String per call, as a service builds its prompt per request. */
        String prompt() {
            return template + Prompts.TOPIC;
        }

        String spec(String prefix, String moreOptions) {
            return redis.url() + "?prefix=" + prefix + moreOptions;
        }
    }

    /** Our cache on the Redis store, holding the one entry. */
    @State(Scope.Benchmark)
    public static class StoreHit {
        final CachedService service = new CachedService();

        @Setup(Level.Trial)
        public void setUp(Server server) {
            CachedCompletions.useStore(server.spec(HIT_PREFIX, ""));
            service.complete(server.prompt());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Checks.allHits(service, "Redis store");
        }
    }

    /** The entry our store writes, and the same bytes under a hand-written cache's key; no store open. */
    @State(Scope.Benchmark)
    public static class RawEntry {
        byte[] entryKey;
        byte[] expected;

        @Setup(Level.Trial)
        public void setUp(Server server) {
            CachedCompletions.useStore(server.spec(RAW_PREFIX, ""));
            new CachedService().complete(server.prompt());
            CachedCompletions.useConfiguredStore(); // closes our store: only raw Jedis reads the server now
            entryKey = server.redis.onlyKey(RAW_PREFIX).getBytes(StandardCharsets.UTF_8);
            expected = SqliteFixture.encodedAnswer();
            try (Jedis jedis = server.redis.connect()) {
                jedis.set(RedisFixture.handWrittenKey(server.prompt()).getBytes(StandardCharsets.UTF_8), expected);
            }
        }
    }

    /** One connection per benchmark thread, as a hand-written reader would have. */
    @State(Scope.Thread)
    public static class RawConnection {
        Jedis jedis;

        @Setup(Level.Trial)
        public void setUp(Server server, RawEntry entry) {
            jedis = server.redis.connect();
            if (!Arrays.equals(jedis.get(entry.entryKey), entry.expected)) {
                throw new IllegalStateException("the raw GET does not read the bytes the store wrote");
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            jedis.close();
        }
    }

    /** Our cache on the Redis store, emptied before each iteration. */
    @State(Scope.Benchmark)
    public static class StoreMiss {
        final CachedService service = new CachedService();

        /** More options of the store spec. */
        String options() {
            return "";
        }

        @Setup(Level.Trial)
        public void setUp(Server server) {
            CachedCompletions.useStore(server.spec("bench-miss:", options()));
        }

        @Setup(Level.Iteration)
        public void empty() {
            CachedCompletions.clear();
        }
    }

    /** As {@link StoreMiss}, with {@code lease=off}: each process computes its own misses. */
    @State(Scope.Benchmark)
    public static class StoreMissLeaseOff extends StoreMiss {
        @Override
        String options() {
            return "&lease=off";
        }
    }

    /** Prompts no call has had before: the template, this thread's tag and a counter. */
    @State(Scope.Thread)
    public static class FreshPrompts {
        private String template;
        private long counter;

        @Setup(Level.Trial)
        public void setUp(Server server) {
            template = server.template + "t" + THREADS.getAndIncrement() + "#";
        }

        String next() {
            return template + counter++;
        }
    }

    @Benchmark
    public String storeHit(Server server, StoreHit store) {
        return store.service.complete(server.prompt());
    }

    @Benchmark
    public byte[] rawGet(RawEntry entry, RawConnection connection) {
        return connection.jedis.get(entry.entryKey);
    }

    @Benchmark
    public byte[] handWrittenRedis(Server server, RawConnection connection) {
        byte[] value = connection.jedis.get(RedisFixture.handWrittenKey(server.prompt()).getBytes(StandardCharsets.UTF_8));
        if (value == null) {
            throw new IllegalStateException("hand-written Redis cache: no value for the prompt");
        }
        return value;
    }

    @Benchmark
    public String storeMiss(FreshPrompts prompts, StoreMiss store) {
        return store.service.complete(prompts.next());
    }

    @Benchmark
    public String storeMissLeaseOff(FreshPrompts prompts, StoreMissLeaseOff store) {
        return store.service.complete(prompts.next());
    }
}
