package dev.cachedcompletion.simulated;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A 200 response sent as server-sent events, the way OpenAI streams chat completions: each event is
 * {@code data: <json>\n\n}, written in a chunk of its own (chunked transfer encoding) and flushed at
 * once, so the client reads it while the next one is still being "generated". Not thread-safe: one
 * exchange's thread writes it.
 */
final class EventStream {

    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_EVENT = "\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DONE = "[DONE]".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream body;
    private final Duration pause;
    private boolean first = true;

    private EventStream(OutputStream body, Duration pause) {
        this.body = body;
        this.pause = pause;
    }

    /**
     * Sends the headers of the stream; from now on the status is 200 whatever happens.
     *
     * @param pause how long to wait before each event after the first, the model's time per token
     */
    static EventStream open(HttpExchange exchange, Duration pause) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0); // length 0 means chunked: the end is not known yet
        return new EventStream(exchange.getResponseBody(), pause);
    }

    /** Sends one {@code data:} event holding {@code json}, after the pause if it is not the first. */
    void send(byte[] json) throws IOException, InterruptedException {
        if (!first) {
            Thread.sleep(pause.toMillis());
        }
        first = false;
        body.write(DATA);
        body.write(json);
        body.write(END_OF_EVENT);
        body.flush(); // one event, one chunk on the wire: the client must see it now
    }

    /** Sends OpenAI's end marker, {@code data: [DONE]}; the caller then closes the exchange. */
    void done() throws IOException, InterruptedException {
        send(DONE);
    }
}
