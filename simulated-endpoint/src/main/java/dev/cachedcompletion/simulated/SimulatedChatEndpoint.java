package dev.cachedcompletion.simulated;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local, simulated OpenAI Chat Completions endpoint on {@code 127.0.0.1}, which the real OpenAI
 * Java SDK and LangChain4j's {@code OpenAiChatModel} accept as their base URL.
 *
 * <p>It serves {@code POST <any prefix>/chat/completions}, non-streaming, and answers after the
 * {@code latency} given to {@link #start}. Answers are deterministic in the model, messages and
 * temperature of the request, and every text says that it is simulated: it starts with
 * {@code "(simulated <model>) "}. A request that offers tools and ends with a user message gets a
 * call of its first tool with placeholder arguments; one that ends with a tool message gets a text
 * quoting the tool's result. Usage counts whitespace-separated words as tokens. Any API key is
 * accepted, none is required. Streaming requests, malformed bodies, other paths and other methods
 * are refused with OpenAI's error object (400, 400, 404, 405).
 *
 * <p>Thread-safe: requests are served concurrently by a small pool of threads, and every method may
 * be called from any thread.
 */
public final class SimulatedChatEndpoint implements AutoCloseable {

    /** Concurrent answers; enough for tests that fire many calls at once, since each mostly sleeps. */
    private static final int THREADS = 16;

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestLog log;

    private SimulatedChatEndpoint(HttpServer server, ExecutorService executor, RequestLog log) {
        this.server = server;
        this.executor = executor;
        this.log = log;
    }

    /**
     * Starts an endpoint on {@code 127.0.0.1}.
     *
     * @param port the port to listen on, or 0 for any free port (see {@link #baseUrl()})
     * @param latency how long each chat completion takes before it is answered; zero for none
     * @return the running endpoint; close it to stop it
     * @throws NullPointerException if {@code latency} is null
     * @throws IllegalArgumentException if {@code port} is outside 0..65535 or {@code latency} is negative
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static SimulatedChatEndpoint start(int port, Duration latency) {
        Objects.requireNonNull(latency, "latency");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0..65535; use 0 for any free port");
        }
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency " + latency + " is negative; use Duration.ZERO for none");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0); // a literal: no lookup
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); choose another port, or 0 for any free port", e);
        }
        RequestLog log = new RequestLog();
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.createContext("/", new ChatCompletionsHandler(log, latency));
        server.setExecutor(executor);
        server.start();
        return new SimulatedChatEndpoint(server, executor, log);
    }

    /**
     * The URL both clients take as base URL, such as {@code http://127.0.0.1:41234/v1}; they append
     * {@code /chat/completions}.
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** How many chat completions have been answered (HTTP 200) since the start or the last {@link #resetCounts()}. */
    public int requestCount() {
        return log.answeredCount();
    }

    /**
     * The bodies of every POST to a chat-completions path since the start or the last
     * {@link #resetCounts()}, in the order they arrived, refused ones included: an immutable copy.
     */
    public List<String> requestBodies() {
        return log.bodies();
    }

    /** Sets {@link #requestCount()} to zero and empties {@link #requestBodies()}. Ids stay unique. */
    public void resetCounts() {
        log.reset();
    }

    /**
     * Stops listening at once; requests still waiting for their answer lose their connection.
     * Idempotent.
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow(); // interrupts the latency sleeps, so nothing lingers
    }

    /**
     * Runs an endpoint until the process is killed, for a demo without an API key.
     * Options: {@code --port N} (default 0: any free port), {@code --latency-ms N} (default 500).
     * Prints the base URL on the first line of standard output.
     */
    public static void main(String[] args) throws InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        SimulatedChatEndpoint endpoint = start(options.port(), options.latency());
        Runtime.getRuntime().addShutdownHook(new Thread(endpoint::close, "simulated-endpoint-shutdown"));
        System.out.println(endpoint.baseUrl());
        System.out.println("This is a SIMULATED OpenAI-compatible chat endpoint: no model runs and its answers"
                + " are canned. Each answer takes " + options.latency().toMillis() + " ms. Stop it with Ctrl+C.");
        System.out.flush();
        new CountDownLatch(1).await(); // the server's threads are daemons; this thread keeps the JVM alive
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "simulated-endpoint-" + number.incrementAndGet());
            thread.setDaemon(true); // a forgotten close() must not keep a test JVM alive
            return thread;
        };
    }
}
