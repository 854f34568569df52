package dev.cachedcompletion.simulated;

/**
 * What the simulated model replies to one request: either text or a call of a tool.
 *
 * @param text the assistant's text, or {@code null} for a tool call
 * @param toolCall the tool call, or {@code null} for text
 * @param finishReason {@code "stop"}, {@code "length"} or {@code "tool_calls"}
 */
record SimulatedAnswer(String text, ToolCall toolCall, String finishReason) {

    /**
     * A call of a function tool.
     *
     * @param name the function's name
     * @param arguments the arguments as a JSON object in a string, as OpenAI sends them
     */
    record ToolCall(String name, String arguments) {
    }

    static SimulatedAnswer text(String text, String finishReason) {
        return new SimulatedAnswer(text, null, finishReason);
    }

    static SimulatedAnswer toolCall(String name, String arguments) {
        return new SimulatedAnswer(null, new ToolCall(name, arguments), "tool_calls");
    }

    /** The words the model "generated", which the usage reports as completion tokens. */
    int completionTokens() {
        return Words.count(toolCall == null ? text : toolCall.arguments());
    }
}
