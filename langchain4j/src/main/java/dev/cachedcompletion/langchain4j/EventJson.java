package dev.cachedcompletion.langchain4j;

/**
 * The JSON shape of one stored {@link ChatStreamEvent}: an object with exactly one of these fields,
 * which says the kind of the event. Plain records that Jackson writes and reads without type
 * information; the response of {@code complete} is a {@link ResponseJson}, as
 * {@link ChatResponseCodec} stores it.
 *
 * @param partial the text of a {@link ChatStreamEvent.Partial}
 * @param thinking the text of a {@link ChatStreamEvent.Thinking}
 * @param toolCallPart a {@link ChatStreamEvent.ToolCallPart}
 * @param toolCall a {@link ChatStreamEvent.ToolCall}
 * @param complete the response of a {@link ChatStreamEvent.Complete}
 */
record EventJson(String partial, String thinking, ToolCallPart toolCallPart, ToolCall toolCall, ResponseJson complete) {

    /** A {@code PartialToolCall}; the id may be absent, as models send it only in the first piece. */
    record ToolCallPart(Integer index, String id, String name, String partialArguments) {}

    /** A {@code CompleteToolCall}: the index and the {@code ToolExecutionRequest}. */
    record ToolCall(Integer index, String id, String name, String arguments) {}
}
