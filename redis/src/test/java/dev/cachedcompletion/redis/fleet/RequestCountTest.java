package dev.cachedcompletion.redis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.redis.RedisServer;
import dev.cachedcompletion.redis.TestRedis;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * How many requests a woven call sends to Redis, counted by the server ({@code INFO commandstats}),
 * and how rarely a store probes a Redis that is down. Figures go to the build log ({@code [redis-requests]}).
 * Always on a server of its own, so that no other client's commands are counted.
 */
class RequestCountTest {

    private static final Pattern COMMAND_CALLS = Pattern.compile("cmdstat_(\\w+):calls=(\\d+)");

    private final FleetService service = new FleetService(0);
    private RedisServer server;

    @AfterEach
    void stop() throws Exception {
        CachedCompletions.useStore("memory");
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aHitIsOneGetAndAMissWithItsLeaseIsFourRoundTrips() throws Exception {
        Map<String, Long> miss = onOwnServer("", () -> service.answer("a new question"));
        Map<String, Long> hit = commandsOf(() -> service.answer("a new question"));

        System.out.println("[redis-requests] miss: " + miss + "; hit: " + hit);
        assertThat(hit).containsExactly(Map.entry("get", 1L));
        // GET (look-up), GET (again, as the single-flight leader), SET NX PX (the lease, a mark in the
        // entry's key), SET PX (the value, written over the mark: storing it ends the lease).
        assertThat(miss).containsExactlyInAnyOrderEntriesOf(Map.of("get", 2L, "set", 2L));
    }

    @Test
    void aMissWithLeaseOffIsThreeRoundTrips() throws Exception {
        Map<String, Long> miss = onOwnServer("&lease=off", () -> service.answer("a new question"));

        System.out.println("[redis-requests] miss with lease=off: " + miss);
        assertThat(miss).containsExactlyInAnyOrderEntriesOf(Map.of("get", 2L, "set", 1L));
    }

    @Test
    void aMissThatStoresNothingReleasesItsLeaseWithOneScript() throws Exception {
        Map<String, Long> miss = onOwnServer("", () -> service.nothing("a new question"));

        System.out.println("[redis-requests] miss that returned null: " + miss);
        // GET, GET, SET NX PX, then EVAL of the compare-and-delete script, whose GET and DEL run
        // inside Redis (INFO counts them too): four round trips, and the lease is gone at once.
        assertThat(miss).containsExactlyInAnyOrderEntriesOf(Map.of("get", 2L + 1, "set", 1L, "eval", 1L, "del", 1L));
    }

    @Test
    void whileRedisIsDownTheStoreConnectsOncePerRetryIntervalNotOncePerCall() throws Exception {
        server = RedisServer.start();
        int port = server.port();
        CachedCompletions.useStore(server.url() + "?prefix=" + TestRedis.uniquePrefix() + "&retryInterval=250ms");
        service.answer("warm-up");
        server.kill();

        // In the dead server's place: a listener that counts connections and hangs up on each.
        AtomicInteger connections = new AtomicInteger();
        int calls = 0;
        try (ServerSocket listener = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        try (Socket s = listener.accept()) {
                            connections.incrementAndGet();
                        }
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long end = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < end) {
                service.answer("while down " + calls++);
                Thread.sleep(2);
            }
        }

        System.out.printf("[redis-requests] Redis down for 2 s, retryInterval=250ms: %d calls, %d connection attempts%n",
                calls, connections.get());
        assertThat(calls).isGreaterThan(100);
        // One probe per 250 ms over 2 s, each of which may open a connection or two.
        assertThat(connections.get()).isLessThanOrEqualTo(2 * (2000 / 250 + 1));
    }

    /** The commands of {@code call} on a server of this test's own, after a warm-up call. */
    private Map<String, Long> onOwnServer(String moreOptions, ThrowingRunnable call) throws Exception {
        server = RedisServer.start();
        CachedCompletions.useStore(server.url() + "?prefix=" + TestRedis.uniquePrefix() + "&" + TestRedis.PATIENT
                + moreOptions);
        service.answer("warm-up"); // connections opened, classes loaded
        return commandsOf(call);
    }

    private Map<String, Long> commandsOf(ThrowingRunnable call) throws Exception {
        Map<String, Long> before = commandStats();
        call.run();
        Map<String, Long> after = commandStats();
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((command, count) -> {
            long d = count - before.getOrDefault(command, 0L);
            if (d > 0 && !command.equals("info")) {
                delta.put(command, d);
            }
        });
        return delta;
    }

    private Map<String, Long> commandStats() {
        Map<String, Long> stats = new TreeMap<>();
        try (Jedis jedis = server.admin()) {
            Matcher m = COMMAND_CALLS.matcher(jedis.info("commandstats"));
            while (m.find()) {
                stats.put(m.group(1), Long.parseLong(m.group(2)));
            }
        }
        return stats;
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
