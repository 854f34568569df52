package dev.cachedcompletion.langchain4j;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Complete;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Partial;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.Thinking;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCall;
import dev.cachedcompletion.langchain4j.ChatStreamEvent.ToolCallPart;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.TokenUsage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialToolCall;
import java.io.IOException;

/**
 * Stores one {@link ChatStreamEvent} of a streamed LangChain4j answer as one JSON object
 * ({@link EventJson}) and reads it back {@code equals} to the original: the partial texts, the tool
 * call pieces and complete tool calls with their index, id, name and arguments, and the complete
 * {@code ChatResponse} exactly as {@link ChatResponseCodec} keeps it (so a response from
 * {@code OpenAiStreamingChatModel} loses only its raw HTTP response and raw server-sent events).
 *
 * <p>{@link #encode} throws an {@link IOException} where {@link ChatResponseCodec} would (a response it
 * cannot keep without loss): the stream is then not stored. {@link #decode} refuses anything but one
 * object with exactly one known field, whose values LangChain4j's own constructors accept; no class
 * name is read from the data. Thread-safe and stateless. Values are decoded per hit
 * ({@link #immutableValues()} is {@code false}), as for {@link ChatResponseCodec}.
 */
public final class ChatStreamEventCodec implements CompletionCodec<ChatStreamEvent> {

    /** The name and version of the byte format. */
    public static final String FORMAT = "langchain4j.ChatStreamEvent/1";

    private static final ObjectReader READER = StrictJson.MAPPER.readerFor(EventJson.class);
    private static final ObjectWriter WRITER = StrictJson.MAPPER.writerFor(EventJson.class);

    /** Used by generated code; the codec holds no per-call state. */
    public ChatStreamEventCodec() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public byte[] encode(ChatStreamEvent event) throws IOException {
        return WRITER.writeValueAsBytes(write(event));
    }

    private static EventJson write(ChatStreamEvent event) throws IOException {
        if (event instanceof Partial partial) {
            return new EventJson(partial.response().text(), null, null, null, null);
        }
        if (event instanceof Thinking thinking) {
            return new EventJson(null, thinking.thinking().text(), null, null, null);
        }
        if (event instanceof ToolCallPart part) {
            PartialToolCall call = part.toolCall();
            return new EventJson(null, null,
                    new EventJson.ToolCallPart(call.index(), call.id(), call.name(), call.partialArguments()), null, null);
        }
        if (event instanceof ToolCall done) {
            ToolExecutionRequest request = done.toolCall().toolExecutionRequest();
            return new EventJson(null, null, null,
                    new EventJson.ToolCall(done.toolCall().index(), request.id(), request.name(), request.arguments()),
                    null);
        }
        return new EventJson(null, null, null, null, ResponseWriter.write(((Complete) event).response()));
    }

    @Override
    public ChatStreamEvent decode(byte[] bytes) throws IOException {
        EventJson json = READER.readValue(bytes);
        if (json == null) {
            throw new IOException("stored stream event is JSON null");
        }
        int kinds = count(json.partial()) + count(json.thinking()) + count(json.toolCallPart())
                + count(json.toolCall()) + count(json.complete());
        if (kinds != 1) {
            throw new IOException("a stored stream event has " + kinds + " kinds; it must have exactly one");
        }
        try {
            return read(json);
        } catch (IllegalArgumentException | NullPointerException e) {
            // LangChain4j's constructors refuse what no model sends: an empty text, a blank tool name.
            throw new IOException("stored stream event is not one LangChain4j accepts: " + e.getMessage(), e);
        }
    }

    private static ChatStreamEvent read(EventJson json) throws IOException {
        if (json.partial() != null) {
            return new Partial(new PartialResponse(json.partial()));
        }
        if (json.thinking() != null) {
            return new Thinking(new PartialThinking(json.thinking()));
        }
        if (json.toolCallPart() != null) {
            EventJson.ToolCallPart part = json.toolCallPart();
            return new ToolCallPart(PartialToolCall.builder()
                    .index(required(part.index()))
                    .id(part.id())
                    .name(part.name())
                    .partialArguments(part.partialArguments())
                    .build());
        }
        if (json.toolCall() != null) {
            EventJson.ToolCall call = json.toolCall();
            return new ToolCall(new CompleteToolCall(required(call.index()), ToolExecutionRequest.builder()
                    .id(call.id())
                    .name(call.name())
                    .arguments(call.arguments())
                    .build()));
        }
        return new Complete(ResponseReader.read(json.complete()));
    }

    /**
     * The usage of the complete response, as {@link ChatResponseCodec#usage} reads it; {@code null}
     * for every other event, which carries none (so the complete response stands for the stream).
     */
    @Override
    public TokenUsage usage(ChatStreamEvent event) {
        return event instanceof Complete complete ? ResponseUsage.of(complete.response()) : null;
    }

    private static int count(Object field) {
        return field == null ? 0 : 1;
    }

    private static int required(Integer index) throws IOException {
        if (index == null) {
            throw new IOException("stored tool call has no index");
        }
        return index;
    }
}
