package dev.cachedcompletion.simulated;

import java.util.List;
import java.util.OptionalInt;

/**
 * A valid Chat Completions request, reduced to what the simulated model and the stream read.
 *
 * @param model the requested model, echoed in the answer
 * @param messages the conversation, never empty
 * @param temperature the sampling temperature, or {@code null} when the request leaves it out
 * @param maxTokens the answer's word budget ({@code max_completion_tokens}, else {@code max_tokens}),
 *     at least 1 when present
 * @param tools the function tools offered, possibly none
 * @param stream whether the answer is to be streamed as server-sent events ({@code "stream": true})
 * @param streamUsage whether a stream ends with a usage chunk
 *     ({@code "stream_options": {"include_usage": true}}); never true without {@code stream}
 */
record ChatRequest(
        String model,
        List<ChatMessage> messages,
        Double temperature,
        OptionalInt maxTokens,
        List<ToolFunction> tools,
        boolean stream,
        boolean streamUsage) {

    ChatMessage lastMessage() {
        return messages.get(messages.size() - 1);
    }

    /** The last user message is the question; a conversation without one is asked by its last message. */
    String question() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).isFrom("user")) {
                return messages.get(i).text();
            }
        }
        return lastMessage().text();
    }
}
