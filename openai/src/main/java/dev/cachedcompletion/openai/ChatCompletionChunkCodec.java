package dev.cachedcompletion.openai;

import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletionChunk;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.TokenUsage;
import java.io.IOException;

/**
 * Stores one {@link ChatCompletionChunk} of a streamed chat completion as the JSON the SDK itself
 * writes, and reads it back with the SDK's own mapper ({@link ObjectMappers#jsonMapper()}) {@code equals}
 * to the chunk the API sent: the deltas of every choice (role, content, refusal, tool-call pieces),
 * finish reasons and log probabilities, the usage of a last chunk, the id, creation time, model,
 * service tier and system fingerprint, and every property this SDK version does not know. The
 * cache stores a streamed answer as the list of its chunks, each written by this codec as one JSON value.
 *
 * <p>As {@link ChatCompletionCodec}: lenient where the SDK is lenient, strict about the envelope. It
 * refuses bytes that are not one JSON value, and a value that is not a chunk (no {@code id},
 * {@code choices}, {@code created} or {@code model} of the expected type, or an {@code object} other
 * than {@code "chat.completion.chunk"}); {@link #encode} refuses the same, so that no chunk is
 * stored that could not be read back. No class named in the data is loaded. Thread-safe and stateless.
 */
public final class ChatCompletionChunkCodec implements CompletionCodec<ChatCompletionChunk> {

    private static final String FORMAT = "openai.ChatCompletionChunk/1";
    private static final SdkJson<ChatCompletionChunk> JSON = new SdkJson<>(ChatCompletionChunk.class, FORMAT,
            "chat.completion.chunk", chunk -> {
                chunk.id();
                chunk.choices();
                chunk.created();
                chunk.model();
            }, ChatCompletionChunk::_object_);

    /** Public for the generated code, which instantiates the registered codec. */
    public ChatCompletionChunkCodec() {
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * The chunk as the SDK's JSON: one JSON object.
     *
     * @throws IOException if {@code value} lacks what {@link #decode} requires of a chunk
     */
    @Override
    public byte[] encode(ChatCompletionChunk value) throws IOException {
        return JSON.write(value);
    }

    /**
     * The chunk {@link #encode} wrote.
     *
     * @throws IOException if the bytes are not one JSON value or not a chat completion chunk
     */
    @Override
    public ChatCompletionChunk decode(byte[] bytes) throws IOException {
        return JSON.read(bytes);
    }

    /**
     * {@code false}, for the reason {@link ChatCompletionCodec#immutableValues()} gives: a parsed
     * chunk's getters hand out the parser's mutable lists, so each replay decodes its own chunks.
     */
    @Override
    public boolean immutableValues() {
        return false;
    }

    /**
     * {@code model} and the {@code usage}'s prompt and completion tokens of the one chunk that
     * carries a usage (the last, when the request asked for {@code stream_options.include_usage});
     * {@code null} for every other chunk. Never throws.
     */
    @Override
    public TokenUsage usage(ChatCompletionChunk chunk) {
        return CompletionUsages.of(() -> chunk.model(), () -> chunk.usage());
    }
}
