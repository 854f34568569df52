package dev.cachedcompletion.simulated;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves {@code POST <any prefix>/chat/completions} and refuses everything else with OpenAI's error
 * object. Thread-safe: one instance serves every exchange of the server's executor.
 */
final class ChatCompletionsHandler implements HttpHandler {

    private static final String PATH_SUFFIX = "/chat/completions";

    private final ChatRequestParser parser = new ChatRequestParser();
    private final SimulatedModel model = new SimulatedModel();
    private final AtomicLong sequence = new AtomicLong(); // never reset: ids stay unique across resets
    private final RequestLog log;
    private final Duration latency;

    ChatCompletionsHandler(RequestLog log, Duration latency) {
        this.log = log;
        this.latency = latency;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the endpoint is closing; the client sees the connection drop
        } catch (RuntimeException e) {
            // An answer beats a silently dropped connection, which clients would retry.
            send(exchange, 500, ChatCompletionJson.error("The simulated endpoint failed: " + e
                    + ". This is a bug in cached-completion-simulated-endpoint; please report it with the request."));
        } finally {
            exchange.close();
        }
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
        byte[] response = ChatCompletionJson.completion(
                sequence.incrementAndGet(), System.currentTimeMillis() / 1000, request, answer);
        // Counted before sending: a client that has its answer must already see it counted.
        log.answered();
        send(exchange, 200, response);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
