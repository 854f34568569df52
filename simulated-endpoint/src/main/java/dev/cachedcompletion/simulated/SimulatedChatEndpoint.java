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
 * Java SDK and LangChain4j's {@code OpenAiChatModel} and {@code OpenAiStreamingChatModel} accept as
 * their base URL.
 *
 * <p>It serves {@code POST <any prefix>/chat/completions} and answers after the {@code latency}
 * given to {@link #start}. Answers are deterministic in the model, messages and temperature of the
 * request, and every text says that it is simulated: it starts with {@code "(simulated <model>) "}.
 * A request that offers tools and ends with a user message gets a call of its first tool with
 * placeholder arguments; one that ends with a tool message gets a text quoting the tool's result.
 * Usage counts whitespace-separated words as tokens. Any API key is accepted, none is required.
 * Malformed bodies, other paths and other methods are refused with OpenAI's error object (400, 404,
 * 405).
 *
 * <p><b>Streaming.</b> A request with {@code "stream": true} gets the same answer as server-sent
 * events in OpenAI's format ({@code Content-Type: text/event-stream}, chunked): events
 * {@code data: <chat.completion.chunk>\n\n} that share one id, {@code created} and model. The first
 * chunk's delta has {@code "role": "assistant"}; then one chunk per word of the text, each piece
 * after the first starting with its space, so the deltas concatenate to the whole answer's content
 * (a tool call comes as {@code delta.tool_calls[0]} with index, id, type and name, then its arguments
 * in pieces); then an empty delta with the {@code finish_reason}; with
 * {@code "stream_options": {"include_usage": true}} every chunk has {@code "usage": null} and a last
 * chunk has empty {@code choices} and the usage; then {@code data: [DONE]\n\n}. Each event is
 * flushed as it is written, {@code chunkDelay} after the one before it.
 *
 * <p><b>A broken stream, for fault tests.</b> A streamed request whose last user message contains
 * {@link #BREAK_STREAM_MARKER} gets the role chunk and the first three pieces, then the connection is
 * closed without the last chunk of the chunked body: no {@code finish_reason}, no usage, no
 * {@code [DONE]}. Clients see an I/O error while reading the stream. A request that does not stream
 * is answered as usual, marker or not.
 *
 * <p>Thread-safe: requests are served concurrently by a small pool of threads, and every method may
 * be called from any thread.
 */
public final class SimulatedChatEndpoint implements AutoCloseable {

    /**
     * Put in the last user message of a streamed request, makes the endpoint cut the stream after a
     * few chunks, as a network failure would. Such a request is counted like any other.
     */
    public static final String BREAK_STREAM_MARKER = "[break-stream]";

    /** The pause between two events of a stream when {@link #start(int, Duration)} is not told one. */
    public static final Duration DEFAULT_CHUNK_DELAY = Duration.ofMillis(20);

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
     * Starts an endpoint on {@code 127.0.0.1} whose streams pause {@link #DEFAULT_CHUNK_DELAY}
     * between events; see {@link #start(int, Duration, Duration)}.
     */
    public static SimulatedChatEndpoint start(int port, Duration latency) {
        return start(port, latency, DEFAULT_CHUNK_DELAY);
    }

    /**
     * Starts an endpoint on {@code 127.0.0.1}.
     *
     * @param port the port to listen on, or 0 for any free port (see {@link #baseUrl()})
     * @param latency how long each chat completion takes before it is answered, or before its stream
     *     starts; zero for none
     * @param chunkDelay how long a stream waits between one event and the next; zero for none
     * @return the running endpoint; close it to stop it
     * @throws NullPointerException if {@code latency} or {@code chunkDelay} is null
     * @throws IllegalArgumentException if {@code port} is outside 0..65535 or a duration is negative
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static SimulatedChatEndpoint start(int port, Duration latency, Duration chunkDelay) {
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(chunkDelay, "chunkDelay");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is outside 0..65535; use 0 for any free port");
        }
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency " + latency + " is negative; use Duration.ZERO for none");
        }
        if (chunkDelay.isNegative()) {
            throw new IllegalArgumentException(
                    "chunkDelay " + chunkDelay + " is negative; use Duration.ZERO for none");
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
        server.createContext("/", new ChatCompletionsHandler(log, latency, chunkDelay));
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

    /**
     * How many chat completions have been answered (HTTP 200), whole or streamed, since the start or
     * the last {@link #resetCounts()}. A stream counts from its first byte, so one that was cut counts too.
     */
    public int requestCount() {
        return log.answeredCount();
    }

    /** How many of {@link #requestCount()} were answered as a stream ({@code "stream": true}). */
    public int streamedRequestCount() {
        return log.streamedCount();
    }

    /**
     * The bodies of every POST to a chat-completions path since the start or the last
     * {@link #resetCounts()}, in the order they arrived, refused ones included: an immutable copy.
     */
    public List<String> requestBodies() {
        return log.bodies();
    }

    /**
     * Sets {@link #requestCount()} and {@link #streamedRequestCount()} to zero and empties
     * {@link #requestBodies()}. Ids stay unique.
     */
    public void resetCounts() {
        log.reset();
    }

    /**
     * Stops listening at once; requests still waiting for their answer, or in the middle of their
     * stream, lose their connection. Idempotent.
     */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow(); // interrupts the latency sleeps, so nothing lingers
    }

    /**
     * Runs an endpoint until the process is killed, for a demo without an API key.
     * Options: {@code --port N} (default 0: any free port), {@code --latency-ms N} (default 500),
     * {@code --chunk-delay-ms N} (default 20: the pause between two events of a stream).
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
        SimulatedChatEndpoint endpoint = start(options.port(), options.latency(), options.chunkDelay());
        Runtime.getRuntime().addShutdownHook(new Thread(endpoint::close, "simulated-endpoint-shutdown"));
        System.out.println(endpoint.baseUrl());
        System.out.println("This is a SIMULATED OpenAI-compatible chat endpoint: no model runs and its answers"
                + " are canned. Each answer takes " + options.latency().toMillis() + " ms, and a streamed one "
                + options.chunkDelay().toMillis() + " ms more per word. Stop it with Ctrl+C.");
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
