package dev.cachedcompletion.redis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import redis.clients.jedis.Jedis;

/**
 * A real Redis cluster of three masters on 127.0.0.1, set up as an operator would with
 * {@code CLUSTER ADDSLOTS} and {@code CLUSTER MEET}, ready once every node reports
 * {@code cluster_state:ok}.
 */
public final class RedisCluster implements AutoCloseable {

    private static final int SLOTS = 16384;
    private static final long READY_TIMEOUT_MILLIS = 20_000;

    private final List<RedisServer> nodes;

    private RedisCluster(List<RedisServer> nodes) {
        this.nodes = nodes;
    }

    public static RedisCluster start(int masters) throws IOException, InterruptedException {
        List<RedisServer> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < masters; i++) {
                nodes.add(RedisServer.start("--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                        "--cluster-node-timeout", "5000"));
            }
            assignSlots(nodes);
            meet(nodes);
            awaitOk(nodes);
            return new RedisCluster(nodes);
        } catch (IOException | InterruptedException | RuntimeException e) {
            for (RedisServer node : nodes) {
                node.close();
            }
            throw e;
        }
    }

    /** {@code redis-cluster://127.0.0.1:p1,127.0.0.1:p2,...}. */
    public String url() {
        StringJoiner url = new StringJoiner(",", "redis-cluster://", "");
        nodes.forEach(n -> url.add(n.host() + ":" + n.port()));
        return url.toString();
    }

    public List<RedisServer> nodes() {
        return nodes;
    }

    @Override
    public void close() throws InterruptedException {
        for (RedisServer node : nodes) {
            node.close();
        }
    }

    private static void assignSlots(List<RedisServer> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            int from = SLOTS * i / nodes.size();
            int to = SLOTS * (i + 1) / nodes.size();
            try (Jedis jedis = nodes.get(i).admin()) {
                jedis.clusterAddSlots(IntStream.range(from, to).toArray());
            }
        }
    }

    private static void meet(List<RedisServer> nodes) {
        try (Jedis first = nodes.get(0).admin()) {
            for (RedisServer other : nodes.subList(1, nodes.size())) {
                first.clusterMeet(other.host(), other.port());
            }
        }
    }

    private static void awaitOk(List<RedisServer> nodes) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        String info = "";
        for (RedisServer node : nodes) {
            while (true) {
                try (Jedis jedis = node.admin()) {
                    info = jedis.clusterInfo();
                }
                if (info.contains("cluster_state:ok") && info.contains("cluster_known_nodes:" + nodes.size())
                        && info.contains("cluster_slots_ok:" + SLOTS)) {
                    break;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("the cluster was not ready within " + READY_TIMEOUT_MILLIS + " ms: " + info);
                }
                Thread.sleep(50);
            }
        }
    }
}
