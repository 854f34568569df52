package dev.cachedcompletion.simulated;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves {@code POST <any prefix>/chat/completions}, whole or streamed, and refuses everything else
 * with OpenAI's error object. Thread-safe: one instance serves every exchange of the server's executor.
 */
final class ChatCompletionsHandler implements HttpHandler {

    private static final String PATH_SUFFIX = "/chat/completions";
    /** The role chunk and three pieces: enough for a client to have shown part of an answer. */
    private static final int CHUNKS_BEFORE_BREAK = 4;

    private final ChatRequestParser parser = new ChatRequestParser();
    private final SimulatedModel model = new SimulatedModel();
    private final AtomicLong sequence = new AtomicLong(); // never reset: ids stay unique across resets
    private final RequestLog log;
    private final Duration latency;
    private final Duration chunkDelay;

    ChatCompletionsHandler(RequestLog log, Duration latency, Duration chunkDelay) {
        this.log = log;
        this.latency = latency;
        this.chunkDelay = chunkDelay;
    }

    /**
     * Closes the exchange only when its response is complete. On an exception it is left open on
     * purpose: the JDK's server then drops the connection without a chunked response's last chunk,
     * which is how a stream cut by the network, or by {@link SimulatedChatEndpoint#BREAK_STREAM_MARKER},
     * looks to a client.
     */
    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the endpoint is closing; the client sees the connection drop
            throw new InterruptedIOException("The simulated endpoint closed while answering");
        } catch (RuntimeException e) {
            // An answer beats a silently dropped connection, which clients would retry.
            send(exchange, 500, ChatCompletionJson.error("The simulated endpoint failed: " + e
                    + ". This is a bug in cached-completion-simulated-endpoint; please report it with the request."));
        }
        exchange.close();
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (!path.endsWith(PATH_SUFFIX)) {
            send(exchange, 404, ChatCompletionJson.error("Unknown path " + method + " " + path + "; this simulated"
                    + " endpoint serves only POST .../chat/completions, such as POST /v1/chat/completions."));
        } else if (!method.equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            send(exchange, 405, ChatCompletionJson.error("Method " + method + " is not allowed on " + path
                    + "; send the chat completion request with POST."));
        } else {
            complete(exchange);
        }
    }

    private void complete(HttpExchange exchange) throws IOException, InterruptedException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        log.received(body);
        ChatRequest request;
        try {
            request = parser.parse(body);
        } catch (InvalidRequestException e) {
            send(exchange, 400, ChatCompletionJson.error(e.getMessage()));
            return;
        }
        Thread.sleep(latency.toMillis()); // the simulated model's thinking time
        SimulatedAnswer answer = model.answer(request);
        long id = sequence.incrementAndGet();
        long created = System.currentTimeMillis() / 1000;
        // Counted before sending: a client that has any of its answer must already see it counted.
        log.answered(request.stream());
        if (request.stream()) {
            stream(exchange, request, CompletionChunks.of(id, created, request, answer));
        } else {
            send(exchange, 200, ChatCompletionJson.completion(id, created, request, answer));
        }
    }

    private void stream(HttpExchange exchange, ChatRequest request, CompletionChunks chunks)
            throws IOException, InterruptedException {
        EventStream events = EventStream.open(exchange, chunkDelay);
        if (request.question().contains(SimulatedChatEndpoint.BREAK_STREAM_MARKER)) {
            int sent = Math.min(CHUNKS_BEFORE_BREAK, chunks.answer().size());
            for (byte[] chunk : chunks.answer().subList(0, sent)) {
                events.send(chunk);
            }
            throw new IOException("Stream cut on purpose after " + sent + " chunks: the question contains "
                    + SimulatedChatEndpoint.BREAK_STREAM_MARKER);
        }
        for (byte[] chunk : chunks.answer()) {
            events.send(chunk);
        }
        for (byte[] chunk : chunks.ending()) {
            events.send(chunk);
        }
        events.done();
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
