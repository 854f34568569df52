package dev.cachedcompletion.simulated;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * Writes the response bodies in OpenAI's wire format: a {@code chat.completion} object with every
 * field the OpenAI Java SDK requires (it validates {@code content}, {@code refusal} and
 * {@code logprobs} as present-but-null), and OpenAI's error object. {@link CompletionChunks} writes
 * the streamed form from the same parts. Thread-safe (stateless).
 */
final class ChatCompletionJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChatCompletionJson() {
    }

    /**
     * @param sequence a number unique to this request, which makes the completion and tool-call ids unique
     * @param createdEpochSecond when the completion was created, in seconds since the epoch
     */
    static byte[] completion(
            long sequence, long createdEpochSecond, ChatRequest request, SimulatedAnswer answer) {
        ObjectNode completion = envelope("chat.completion", sequence, createdEpochSecond, request);
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        choice.set("message", message(sequence, answer));
        choice.putNull("logprobs");
        choice.put("finish_reason", answer.finishReason());
        completion.set("usage", usage(request, answer));
        return bytes(completion);
    }

    /**
     * The fields a completion and each of its stream's chunks share, in OpenAI's order; the caller
     * adds {@code choices} and {@code usage}.
     *
     * @param object {@code "chat.completion"} or {@code "chat.completion.chunk"}
     */
    static ObjectNode envelope(String object, long sequence, long createdEpochSecond, ChatRequest request) {
        return NODES.objectNode()
                .put("id", "chatcmpl-sim-" + sequence)
                .put("object", object)
                .put("created", createdEpochSecond)
                .put("model", request.model())
                .put("system_fingerprint", "fp_simulated")
                .put("service_tier", "default");
    }

    static String toolCallId(long sequence) {
        return "call_sim_" + sequence;
    }

    /** OpenAI's error object; {@code type} is always {@code invalid_request_error}, as OpenAI uses for 4xx. */
    static byte[] error(String message) {
        ObjectNode body = NODES.objectNode();
        body.putObject("error")
                .put("message", message)
                .put("type", "invalid_request_error")
                .putNull("param")
                .putNull("code");
        return bytes(body);
    }

    private static ObjectNode message(long sequence, SimulatedAnswer answer) {
        ObjectNode message = NODES.objectNode()
                .put("role", "assistant")
                .put("content", answer.text()) // null for a tool call, as OpenAI sends it
                .putNull("refusal");
        message.putArray("annotations");
        if (answer.toolCall() != null) {
            ObjectNode call = message.putArray("tool_calls").addObject()
                    .put("id", toolCallId(sequence))
                    .put("type", "function");
            call.putObject("function")
                    .put("name", answer.toolCall().name())
                    .put("arguments", answer.toolCall().arguments());
        }
        return message;
    }

    /** Usage counts words as tokens: the request's messages are the prompt, the answer the completion. */
    static ObjectNode usage(ChatRequest request, SimulatedAnswer answer) {
        return usage(promptTokens(request), answer.completionTokens());
    }

    private static int promptTokens(ChatRequest request) {
        int words = 0;
        for (ChatMessage message : request.messages()) {
            words += Words.count(message.text());
        }
        return words;
    }

    private static ObjectNode usage(int promptTokens, int completionTokens) {
        ObjectNode usage = NODES.objectNode()
                .put("prompt_tokens", promptTokens)
                .put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        usage.putObject("prompt_tokens_details")
                .put("cached_tokens", 0)
                .put("audio_tokens", 0);
        usage.putObject("completion_tokens_details")
                .put("reasoning_tokens", 0)
                .put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0)
                .put("rejected_prediction_tokens", 0);
        return usage;
    }

    static byte[] bytes(ObjectNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8); // JsonNode.toString() is valid JSON
    }
}
