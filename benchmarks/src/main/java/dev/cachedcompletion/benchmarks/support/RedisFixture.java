package dev.cachedcompletion.benchmarks.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.Jedis;

/**
 * A real {@code redis-server} for one benchmark trial, started by the forked JMH JVM itself: the
 * binary (Redis 6.2) that {@code com.github.codemonstur:embedded-redis} ships in its jar, as the redis
 * module's tests use, unpacked into the temporary folder and run on 127.0.0.1 and a free port with no
 * persistence. Set {@code -Dbench.redisServer=/usr/bin/redis-server} (passed on to the fork with
 * {@code -jvmArgsAppend}) to run another binary.
 */
public final class RedisFixture implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final long START_TIMEOUT_MILLIS = 10_000;

    private final Process process;
    private final int port;

    private RedisFixture(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a server and waits until it answers {@code PING}. */
    public static RedisFixture start() {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "cached-completion-bench"));
            int port = freePort();
            List<String> command = List.of(binary(dir).toString(), "--port", String.valueOf(port), "--bind", HOST,
                    "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", dir.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis-" + port + ".log").toFile()).start();
            RedisFixture server = new RedisFixture(process, port);
            server.awaitPong();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server: " + e.getMessage(), e);
        }
    }

    /** {@code redis://127.0.0.1:<port>}. */
    public String url() {
        return "redis://" + HOST + ":" + port;
    }

    /** A plain connection of its own; the caller closes it. */
    public Jedis connect() {
        return new Jedis(HOST, port);
    }

    /** The one key under {@code prefix}: the entry a priming call stored. */
    public String onlyKey(String prefix) {
        try (Jedis jedis = connect()) {
            List<String> keys = List.copyOf(jedis.keys(prefix + "*"));
            if (keys.size() != 1) {
                throw new IllegalStateException("expected one key under " + prefix + ", found " + keys);
            }
            return keys.get(0);
        }
    }

    /** The key a hand-written Redis cache would use: a prefix and the hex SHA-256 of the prompt. */
    public static String handWrittenKey(String prompt) {
        return "hand-written:" + HexFormat.of().formatHex(SqliteFixture.sha256(prompt));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitPong() throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            try (Jedis jedis = connect()) {
                if ("PONG".equals(jedis.ping())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    close();
                    throw new IOException("redis-server did not answer on port " + port);
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while starting redis-server", e);
            }
        }
    }

    private static Path binary(Path dir) throws IOException {
        String chosen = System.getProperty("bench.redisServer");
        if (chosen != null) {
            return Path.of(chosen);
        }
        String resource = resourceForThisPlatform();
        Path target = dir.resolve(resource);
        if (Files.isExecutable(target)) {
            return target;
        }
        try (InputStream in = RedisFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " in the benchmarks jar; set -Dbench.redisServer=<path>");
            }
            Path partial = Files.createTempFile(dir, resource, ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            partial.toFile().setExecutable(true);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    private static String resourceForThisPlatform() throws IOException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        if (os.contains("linux")) {
            return arm ? "redis-server-6.2.7-linux-arm64" : "redis-server-6.2.6-v5-linux-amd64";
        }
        if (os.contains("mac")) {
            return arm ? "redis-server-6.2.6-v5-darwin-arm64" : "redis-server-6.2.6-v5-darwin-amd64";
        }
        throw new IOException("no redis-server binary for " + os + "/" + arch + "; set -Dbench.redisServer=<path>");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
