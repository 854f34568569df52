package dev.cachedcompletion.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.redis.fleet.FleetService;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** On a real three-master cluster: entries spread over the nodes, clear reaches every node, leases work. */
class RedisClusterTest {

    private static final SyntheticSite ASK = SyntheticSite.strings("cluster.Service#ask(java.lang.String)", 1);

    private static RedisCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = RedisCluster.start(3);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        CachedCompletions.useStore("memory");
        cluster.close();
    }

    @Test
    void entriesSpreadOverTheNodesAndClearRemovesThemFromEveryNode() {
        try (CompletionStore store = open("")) {
            for (int i = 0; i < 60; i++) {
                store.put(ASK.keyOf("q" + i), StoredValue.ofBytes(("a" + i).getBytes(UTF_8)), null);
            }
            List<Long> perNode = keysPerNode();
            assertThat(perNode.stream().filter(n -> n > 0)).as("nodes holding entries: " + perNode).hasSize(3);
            assertThat(perNode.stream().mapToLong(Long::longValue).sum()).isEqualTo(60);

            store.clear();

            assertThat(keysPerNode()).containsOnly(0L);
        }
    }

    @Test
    void oneOfTwoProcessesGetsTheLease() {
        try (CompletionStore first = open(""); CompletionStore second = open("")) {
            Lease held = ((LeasingStore) first).acquireLease(ASK.keyOf("lease"));
            Lease notHeld = ((LeasingStore) second).acquireLease(ASK.keyOf("lease"));
            assertThat(held.granted()).isTrue();
            assertThat(notHeld.granted()).isFalse();

            first.put(ASK.keyOf("lease"), StoredValue.ofBytes("computed once".getBytes(UTF_8)), null);
            held.close();

            assertThat(new String(notHeld.awaitValue().bytes(), UTF_8)).isEqualTo("computed once");
            first.clear();
        }
    }

    @Test
    void aWovenServiceIsCachedInTheCluster() throws Exception {
        CachedCompletions.useStore(cluster.url() + "?" + TestRedis.PATIENT);
        FleetService service = new FleetService(0);

        String answer = service.answer("cluster question");
        assertThat(service.answer("cluster question")).isEqualTo(answer);

        assertThat(service.calls).hasValue(1);
        CachedCompletions.clear();
    }

    private static CompletionStore open(String moreOptions) {
        return StoreFactory.open(cluster.url() + "?" + TestRedis.PATIENT + moreOptions, "test spec");
    }

    private static List<Long> keysPerNode() {
        List<Long> counts = new ArrayList<>();
        for (RedisServer node : cluster.nodes()) {
            try (Jedis jedis = node.admin()) {
                counts.add(jedis.dbSize());
            }
        }
        return counts;
    }
}
