package dev.cachedcompletion.redis;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.Jedis;

/**
 * A real {@code redis-server} on 127.0.0.1 and a free port: the binary (Redis 6.2) that
 * {@code com.github.codemonstur:embedded-redis} ships inside its jar, unpacked once into
 * {@code target/redis-test}, run with no persistence. Tests can kill it (SIGKILL), stall it (SIGSTOP)
 * and start it again on the same port.
 */
public final class RedisServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final long START_TIMEOUT_MILLIS = 10_000;

    private final Path binary;
    private final Path dir;
    private final int port;
    private final List<String> extraArguments;
    private Process process;

    private RedisServer(Path binary, Path dir, int port, List<String> extraArguments) {
        this.binary = binary;
        this.dir = dir;
        this.port = port;
        this.extraArguments = extraArguments;
    }

    /** Starts a server with these extra {@code redis-server} arguments ({@code "--cluster-enabled", "yes"}). */
    public static RedisServer start(String... extraArguments) throws IOException, InterruptedException {
        Path binary = binary();
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            Path dir = freshDirectory(workDirectory().resolve("server-" + port));
            RedisServer server = new RedisServer(binary, dir, port, List.of(extraArguments));
            try {
                server.startProcess();
                return server;
            } catch (IOException lostThePortRace) {
                server.kill();
                if (attempt == 3) {
                    throw lostThePortRace;
                }
            }
        }
    }

    public int port() {
        return port;
    }

    public String host() {
        return HOST;
    }

    /** {@code redis://127.0.0.1:<port>}. */
    public String url() {
        return "redis://" + HOST + ":" + port;
    }

    /** A plain connection for the test's own checks; the caller closes it. */
    public Jedis admin() {
        return new Jedis(HOST, port);
    }

    /** The process id, for signals. */
    public long pid() {
        return process.pid();
    }

    /** Ends the server at once, as a crash or {@code kill -9} would; its data is gone. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Starts the server again on the same port, empty. */
    public void restart() throws IOException, InterruptedException {
        kill();
        startProcess();
    }

    /** Freezes the server (SIGSTOP): connections stay open, nothing answers. */
    public void stall() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Lets a stalled server go on (SIGCONT). */
    public void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void startProcess() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(),
                "--port", String.valueOf(port), "--bind", HOST, "--save", "", "--appendonly", "no",
                "--dir", dir.toString(), "--daemonize", "no", "--logfile", "redis.log"));
        command.addAll(extraArguments);
        process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.txt").toFile()).start();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            try (Jedis jedis = admin()) {
                if ("PONG".equals(jedis.ping())) {
                    return;
                }
            } catch (RuntimeException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("redis-server exited with " + process.exitValue() + "; see " + dir);
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("redis-server did not answer within " + START_TIMEOUT_MILLIS + " ms; see " + dir);
                }
            }
            Thread.sleep(20);
        }
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", signal, String.valueOf(pid())).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IOException("kill " + signal + " " + pid() + " failed");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /**
     * An empty directory for one server: a cluster node of an earlier run on the same port left its
     * {@code nodes.conf} there, and a node that loads it claims that run's slots.
     */
    private static Path freshDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var old = Files.walk(dir)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    static Path workDirectory() throws IOException {
        String configured = System.getProperty("redis.test.directory");
        Path dir = configured != null ? Path.of(configured) : Path.of("target", "redis-test");
        return Files.createDirectories(dir.toAbsolutePath());
    }

    /** Unpacks the redis-server of this platform from the embedded-redis jar, once per build. */
    private static synchronized Path binary() throws IOException {
        String resource = resourceForThisPlatform();
        Path target = workDirectory().resolve(resource);
        if (Files.isExecutable(target)) {
            return target;
        }
        try (InputStream in = RedisServer.class.getClassLoader().getResourceAsStream(resource)) {
            Assumptions.assumeTrue(in != null, "no redis-server binary " + resource + " on the class path (is "
                    + "com.github.codemonstur:embedded-redis a test dependency?) and REDIS_URL is not set");
            Path partial = Files.createTempFile(target.getParent(), resource, ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            partial.toFile().setExecutable(true);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    private static String resourceForThisPlatform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        if (os.contains("linux")) {
            return arm ? "redis-server-6.2.7-linux-arm64" : "redis-server-6.2.6-v5-linux-amd64";
        }
        if (os.contains("mac")) {
            return arm ? "redis-server-6.2.6-v5-darwin-arm64" : "redis-server-6.2.6-v5-darwin-amd64";
        }
        Assumptions.abort("no redis-server binary for " + os + "/" + arch + "; set REDIS_URL to run the Redis tests");
        return null;
    }
}
