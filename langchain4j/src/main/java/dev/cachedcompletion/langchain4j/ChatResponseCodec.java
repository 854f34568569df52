package dev.cachedcompletion.langchain4j;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.TokenUsage;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.IOException;

/**
 * Stores a LangChain4j {@link ChatResponse} as JSON and reads it back {@code equals} to the
 * original: the AI message (text, thinking, tool execution requests with their ids, attributes)
 * and the metadata (id, model name, token usage, finish reason), including
 * {@code OpenAiChatResponseMetadata} (created, service tier, system fingerprint, log
 * probabilities) and {@code OpenAiTokenUsage} (cached and reasoning token counts).
 *
 * <p>Dropped on purpose: the OpenAI metadata's {@code rawHttpResponse} and
 * {@code rawServerSentEvents}, the transport record of the call that first produced the answer (a
 * hit makes no call). A response that carries them, as every response of {@code OpenAiChatModel}
 * carries its HTTP response, reads back equal to the original without them.
 *
 * <p>{@link #encode} throws an {@link IOException}, and the response is not stored, when keeping
 * it would lose something: a subclass of {@code ChatResponse}, {@code AiMessage}, metadata or
 * token usage other than the OpenAI ones, or an attribute value other than strings, booleans,
 * numbers, lists, string-keyed maps and images. {@link #decode} throws on anything but JSON this
 * codec wrote: no class name is ever read from the data.
 *
 * <p>{@link #immutableValues()} is {@code false}: a response straight from
 * {@code OpenAiChatModel} holds a mutable list of log probabilities and an HTTP body as a byte
 * array, so one instance must not be shared between callers.
 *
 * <p>Thread-safe. Works without langchain4j-open-ai on the class path; a stored response with
 * OpenAI metadata then fails to decode.
 */
public final class ChatResponseCodec implements CompletionCodec<ChatResponse> {

    /** The name and version of the byte format. */
    public static final String FORMAT = "langchain4j.ChatResponse/1";

    private static final ObjectReader READER = StrictJson.MAPPER.readerFor(ResponseJson.class);
    private static final ObjectWriter WRITER = StrictJson.MAPPER.writerFor(ResponseJson.class);

    /** Used by generated code; the codec holds no per-call state. */
    public ChatResponseCodec() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public byte[] encode(ChatResponse response) throws IOException {
        return WRITER.writeValueAsBytes(ResponseWriter.write(response));
    }

    @Override
    public ChatResponse decode(byte[] bytes) throws IOException {
        ResponseJson json = READER.readValue(bytes);
        if (json == null) {
            throw new IOException("stored response is JSON null");
        }
        return ResponseReader.read(json);
    }

    /**
     * The metadata's model name and its input and output token counts; {@code null} when the
     * response has no token usage or reports zero tokens both ways. Never throws.
     */
    @Override
    public TokenUsage usage(ChatResponse response) {
        return ResponseUsage.of(response);
    }
}
