package dev.cachedcompletion.simulated;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One answer as the {@code chat.completion.chunk} objects of OpenAI's stream, in the order they are
 * sent. All chunks share the completion's id, {@code created} and model.
 *
 * <p>Text: a chunk with {@code delta.role = "assistant"} and empty content, then one chunk per word
 * piece ({@link Words#pieces}, so the deltas concatenate to the text of the whole completion), then
 * an empty delta with the {@code finish_reason}. A tool call: a chunk with the role and the call's
 * index, id, type, name and empty arguments, then one chunk per piece of the arguments (cut after
 * each {@code ,} and {@code :}), then the {@code finish_reason}. With usage asked for, every chunk
 * carries {@code "usage": null} and a last chunk has no choices and the usage, as OpenAI sends them.
 *
 * @param answer the chunks that carry the answer, the role chunk first; a stream broken on purpose
 *     sends only some of these
 * @param ending the chunk with the {@code finish_reason}, then the usage chunk if asked for
 */
record CompletionChunks(List<byte[]> answer, List<byte[]> ending) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern AFTER_SEPARATOR = Pattern.compile("(?<=[,:])");

    CompletionChunks {
        answer = List.copyOf(answer);
        ending = List.copyOf(ending);
    }

    /** The chunks of {@code answer}; the arguments are those of {@link ChatCompletionJson#completion}. */
    static CompletionChunks of(long sequence, long createdEpochSecond, ChatRequest request, SimulatedAnswer answer) {
        Chunks chunks = new Chunks(sequence, createdEpochSecond, request);
        List<byte[]> answerChunks = answer.toolCall() == null
                ? textChunks(chunks, answer.text())
                : toolCallChunks(chunks, answer.toolCall());
        List<byte[]> ending = new ArrayList<>();
        ending.add(chunks.choice(NODES.objectNode(), answer.finishReason()));
        if (request.streamUsage()) {
            ObjectNode usage = chunks.envelope();
            usage.putArray("choices");
            usage.set("usage", ChatCompletionJson.usage(request, answer));
            ending.add(ChatCompletionJson.bytes(usage));
        }
        return new CompletionChunks(answerChunks, ending);
    }

    private static List<byte[]> textChunks(Chunks chunks, String text) {
        List<byte[]> result = new ArrayList<>();
        ObjectNode first = roleDelta();
        first.put("content", "");
        first.putNull("refusal");
        result.add(chunks.choice(first, null));
        for (String piece : Words.pieces(text)) {
            result.add(chunks.choice(NODES.objectNode().put("content", piece), null));
        }
        return result;
    }

    private static List<byte[]> toolCallChunks(Chunks chunks, SimulatedAnswer.ToolCall call) {
        List<byte[]> result = new ArrayList<>();
        ObjectNode first = roleDelta();
        first.putNull("content");
        first.putNull("refusal");
        toolCall(first).put("id", ChatCompletionJson.toolCallId(chunks.sequence())).put("type", "function")
                .putObject("function").put("name", call.name()).put("arguments", "");
        result.add(chunks.choice(first, null));
        for (String piece : AFTER_SEPARATOR.split(call.arguments())) {
            ObjectNode delta = NODES.objectNode();
            toolCall(delta).putObject("function").put("arguments", piece);
            result.add(chunks.choice(delta, null));
        }
        return result;
    }

    /** The only tool call of a delta, at index 0; OpenAI repeats the index in every piece. */
    private static ObjectNode toolCall(ObjectNode delta) {
        return delta.putArray("tool_calls").addObject().put("index", 0);
    }

    private static ObjectNode roleDelta() {
        return NODES.objectNode().put("role", "assistant");
    }

    /** Writes the chunks of one completion, which share its envelope. */
    private record Chunks(long sequence, long createdEpochSecond, ChatRequest request) {

        ObjectNode envelope() {
            return ChatCompletionJson.envelope("chat.completion.chunk", sequence, createdEpochSecond, request);
        }

        /** A chunk with one choice; {@code finishReason} is null until the last one, as OpenAI sends it. */
        byte[] choice(ObjectNode delta, String finishReason) {
            ObjectNode chunk = envelope();
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            choice.set("delta", delta);
            choice.putNull("logprobs");
            choice.put("finish_reason", finishReason);
            if (request.streamUsage()) {
                chunk.putNull("usage");
            }
            return ChatCompletionJson.bytes(chunk);
        }
    }
}
