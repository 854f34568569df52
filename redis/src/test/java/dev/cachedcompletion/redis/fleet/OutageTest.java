package dev.cachedcompletion.redis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import dev.cachedcompletion.redis.RedisServer;
import dev.cachedcompletion.redis.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redis killed, stalled and restarted under a woven service with the default timeouts (200 ms) and
 * retry interval (1 s). Every call succeeds; while Redis is down a call costs about what an uncached
 * call costs; caching resumes by itself. The figures go to the build log ({@code [redis-outage]}).
 *
 * <p>Always on a server of its own, even when {@code REDIS_URL} is set: it kills the server.
 */
class OutageTest {

    private static final String METHOD = "dev.cachedcompletion.redis.fleet.FleetService#answer(java.lang.String)";
    private static final int CALLS = 400;
    /**
     * The bound a call stays under while Redis goes down: the read timeout of the command that finds it
     * gone, then the connect (or handshake read) timeout of the connection Jedis's pool opens to replace
     * the broken one — 200 + 200 ms by default — plus room for a machine shared by parallel builds.
     * Only the calls in flight at that moment wait; the open circuit spares all the others.
     */
    private static final double BOUND_MILLIS = 200 + 200 + 250;
    /** Retry interval (1 s) + the time for a probe and a miss and a hit, with room for a loaded machine. */
    private static final double RESUME_BOUND_MILLIS = 3000;

    private RedisServer server;
    private final FleetService service = new FleetService(0);

    @BeforeEach
    void start() throws Exception {
        server = RedisServer.start();
        CachedCompletions.useStore(server.url() + "?prefix=" + TestRedis.uniquePrefix());
        service.answer("warm-up");
        service.answer("warm-up");
    }

    @AfterEach
    void stop() throws Exception {
        CachedCompletions.useStore("memory");
        server.close();
    }

    @Test
    void whileRedisIsKilledEveryCallSucceedsAndCostsAboutAnUncachedCall() throws Exception {
        Latencies uncached = timeCalls("none", "uncached");
        CachedCompletions.useStore(server.url() + "?prefix=" + TestRedis.uniquePrefix());
        service.answer("warm-up");

        server.kill();
        CompletionStatistics before = CachedCompletions.statistics(METHOD);
        Latencies down = timeCalls(null, "down");
        CompletionStatistics after = CachedCompletions.statistics(METHOD);

        report("Redis killed (SIGKILL), default timeouts", down, uncached);
        assertThat(after.misses() - before.misses()).as("every call ran the model").isEqualTo(CALLS);
        assertThat(after.errors() - before.errors()).as("store failures counted").isGreaterThanOrEqualTo(CALLS);
        assertThat(down.maxMillis()).as("slowest call while down").isLessThan(BOUND_MILLIS);
        assertThat(down.countAtLeastMillis(100)).as("calls that waited for a timeout").isLessThanOrEqualTo(1);
        assertThat(down.medianMillis()).as("typical call while down").isLessThan(2.0);
    }

    @Test
    void aStalledRedisCostsOneReadTimeoutThenAboutNothing() throws Exception {
        server.stall();
        try {
            Latencies stalled = timeCalls(null, "stalled");

            report("Redis stalled (SIGSTOP), default timeouts", stalled, null);
            // The first call waits for the timeouts (see BOUND_MILLIS); the open circuit spares the others,
            // which would each wait 200 ms or more without it.
            assertThat(stalled.maxMillis()).as("slowest call while stalled").isLessThan(BOUND_MILLIS);
            assertThat(stalled.countAtLeastMillis(100)).as("calls that waited for a timeout").isLessThanOrEqualTo(1);
            assertThat(stalled.medianMillis()).as("typical call while stalled").isLessThan(2.0);
        } finally {
            server.resume();
        }
        assertThat(millisUntilHitsResume()).isLessThan(RESUME_BOUND_MILLIS);
    }

    @Test
    void whenRedisComesBackHitsResumeWithinAboutTheRetryInterval() throws Exception {
        server.kill();
        for (int i = 0; i < 10; i++) {
            assertThat(service.answer("while down " + i)).contains("while down " + i);
        }

        server.restart(); // empty: the entries written before were in the killed process
        double resumeMillis = millisUntilHitsResume();

        System.out.printf("[redis-outage] Redis restarted: first hit %.0f ms after the server answered PING%n",
                resumeMillis);
        assertThat(resumeMillis).isLessThan(RESUME_BOUND_MILLIS);
    }

    /** Calls with one repeated and many distinct prompts; {@code store} non-null switches the store first. */
    private Latencies timeCalls(String store, String label) throws Exception {
        if (store != null) {
            CachedCompletions.useStore(store);
        }
        Latencies latencies = new Latencies(CALLS);
        for (int i = 0; i < CALLS; i++) {
            String prompt = i % 2 == 0 ? "repeated" : label + " " + i;
            long start = System.nanoTime();
            String answer = service.answer(prompt);
            latencies.add(System.nanoTime() - start);
            assertThat(answer).endsWith(": " + prompt);
        }
        return latencies;
    }

    /** Calls every 5 ms until a call is a hit; returns the time that took. */
    private double millisUntilHitsResume() throws Exception {
        long start = System.nanoTime();
        long deadline = start + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            int before = service.calls.get();
            service.answer("after the outage");
            if (service.calls.get() == before) {
                return (System.nanoTime() - start) / 1e6;
            }
            Thread.sleep(5);
        }
        return Double.MAX_VALUE;
    }

    private static void report(String what, Latencies down, Latencies uncached) {
        System.out.println("[redis-outage] " + what + ": " + down
                + (uncached == null ? "" : "; same calls with caching off (store 'none'): " + uncached));
    }
}
