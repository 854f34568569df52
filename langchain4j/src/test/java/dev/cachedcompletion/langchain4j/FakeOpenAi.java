package dev.cachedcompletion.langchain4j;

import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * An OpenAI chat-completions endpoint on localhost that answers every request with one canned
 * body, so that tests get their ChatResponse from LangChain4j's own OpenAiChatModel, built exactly
 * as it builds responses from the real API (metadata, token usage, raw HTTP response and all).
 */
final class FakeOpenAi implements AutoCloseable {

    private final HttpServer server;
    private volatile String body;

    FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("x-request-id", "req_" + System.nanoTime());
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** What OpenAiChatModel returns when the API answers {@code responseBody}. */
    ChatResponse chat(String responseBody) {
        return chat(responseBody, ChatRequest.builder().messages(UserMessage.from("Hi")).build());
    }

    ChatResponse chat(String responseBody, ChatRequest request) {
        body = responseBody;
        OpenAiChatModel model = OpenAiChatModel.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
                .apiKey("test-key")
                .modelName("gpt-4o-mini")
                .returnThinking(true)
                .maxRetries(0)
                .build();
        return model.chat(request);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
