package dev.cachedcompletion.simulated;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the answer to a request. Deterministic: the same model, messages and temperature give the
 * same answer, in any JVM, so that a cached answer and a fresh one can be compared. Honest: every text
 * starts with {@code "(simulated <model>) "}. Thread-safe (stateless).
 */
final class SimulatedModel {

    private static final List<String> JOKES = List.of(
            "I asked the cache for a fresh joke. It gave me the same one as last time, only faster.",
            "A language model walks into a bar. Asked what it wants, it says: that depends on the temperature.",
            "My simulated model told me a joke about latency. I am still waiting for the punchline.",
            "Two caches meet. One asks: have we met before? The other answers: hit.",
            "Why did the prompt bring a ladder? It heard the answer was on the next token.");

    /** Keeps a restated question short; the answer is about the question, not a copy of it. */
    private static final int QUOTED_WORDS = 30;

    SimulatedAnswer answer(ChatRequest request) {
        ChatMessage last = request.lastMessage();
        if (!request.tools().isEmpty() && last.isFrom("user")) {
            ToolFunction tool = request.tools().get(0);
            return SimulatedAnswer.toolCall(tool.name(), placeholderArguments(tool));
        }
        String text = "(simulated " + request.model() + ") " + reply(request, last);
        int limit = request.maxTokens().orElse(Integer.MAX_VALUE);
        if (limit < Words.count(text)) {
            return SimulatedAnswer.text(Words.first(text, limit), "length");
        }
        return SimulatedAnswer.text(text, "stop");
    }

    private static String reply(ChatRequest request, ChatMessage last) {
        if (last.isFrom("tool")) {
            return "The tool returned: \"" + quote(last.text()) + "\".";
        }
        String question = request.question();
        long fingerprint = fingerprint(request);
        if (question.toLowerCase(Locale.ROOT).contains("joke")) {
            return JOKES.get(Math.floorMod(fingerprint, JOKES.size()));
        }
        // The fingerprint makes requests that differ only in temperature or earlier turns differ too.
        return "You asked: \"" + quote(question) + "\". A real model would answer that here;"
                + " this stand-in reply is #" + String.format(Locale.ROOT, "%06x", fingerprint & 0xFFFFFF) + ".";
    }

    private static String quote(String text) {
        String words = Words.collapse(text);
        return Words.count(words) > QUOTED_WORDS ? Words.first(words, QUOTED_WORDS) + " ..." : words;
    }

    /** SHA-256 rather than hashCode: stable across JVMs and spread over every joke. */
    private static long fingerprint(ChatRequest request) {
        MessageDigest digest = sha256();
        update(digest, request.model());
        update(digest, String.valueOf(request.temperature()));
        for (ChatMessage message : request.messages()) {
            update(digest, message.role());
            update(digest, message.text());
        }
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private static void update(MessageDigest digest, String part) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0); // separates "ab"+"c" from "a"+"bc"
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }

    private static String placeholderArguments(ToolFunction tool) {
        ObjectNode arguments = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, String> parameter : tool.parameterTypes().entrySet()) {
            String name = parameter.getKey();
            String type = parameter.getValue() == null ? "" : parameter.getValue();
            switch (type) {
                case "string" -> arguments.put(name, "example");
                case "number", "integer" -> arguments.put(name, 1);
                case "boolean" -> arguments.put(name, true);
                default -> arguments.putNull(name);
            }
        }
        return arguments.toString();
    }
}
