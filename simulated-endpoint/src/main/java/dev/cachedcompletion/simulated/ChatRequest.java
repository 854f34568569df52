package dev.cachedcompletion.simulated;

import java.util.List;
import java.util.OptionalInt;

/**
 * A valid, non-streaming Chat Completions request, reduced to what the simulated model reads.
 *
 * @param model the requested model, echoed in the answer
 * @param messages the conversation, never empty
 * @param temperature the sampling temperature, or {@code null} when the request leaves it out
 * @param maxTokens the answer's word budget ({@code max_completion_tokens}, else {@code max_tokens}),
 *     at least 1 when present
 * @param tools the function tools offered, possibly none
 */
record ChatRequest(
        String model,
        List<ChatMessage> messages,
        Double temperature,
        OptionalInt maxTokens,
        List<ToolFunction> tools) {

    ChatMessage lastMessage() {
        return messages.get(messages.size() - 1);
    }
}
