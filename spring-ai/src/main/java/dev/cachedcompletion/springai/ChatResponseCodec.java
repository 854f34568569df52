package dev.cachedcompletion.springai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.TokenUsage;
import java.io.IOException;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;

/**
 * Stores a Spring AI {@link ChatResponse} as JSON: every generation (the assistant message's text,
 * tool calls, media and metadata map; the generation's finish reason, content filters and metadata
 * map) and the response metadata (id, model, usage with its native usage, rate limit, prompt
 * metadata and metadata map). A streamed answer is stored chunk by chunk with this same codec.
 *
 * <p>Read back, generations and {@code DefaultUsage} are {@code equals} to the originals. The whole
 * response is not: Spring AI compares {@code EmptyUsage}, {@code EmptyRateLimit},
 * {@code OpenAiRateLimit}, {@code Media} and the {@code PromptMetadata} of every response by
 * identity, so no copy of a response equals it; their contents are kept all the same.
 *
 * <p>{@link #encode} throws an {@link IOException}, and the answer is not stored, when keeping it
 * would lose something: a subclass of a Spring AI class, a usage or rate limit of another provider's
 * class, a metadata value of a type {@code MetadataValues} does not keep. {@link #decode} throws on
 * anything but JSON this codec wrote; no class name is ever read from the data.
 *
 * <p>Thread-safe. {@link #immutableValues()} is {@code false}: Spring AI's metadata maps are mutable.
 */
public final class ChatResponseCodec implements CompletionCodec<ChatResponse> {

    /** The name and version of the byte format. */
    public static final String FORMAT = "spring-ai.ChatResponse/1";

    // Strict reading, since the bytes come from a store; no default typing.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
            .build();
    private static final ObjectReader READER = MAPPER.readerFor(ResponseJson.class);
    private static final ObjectWriter WRITER = MAPPER.writerFor(ResponseJson.class);

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
     * The response's usage: model as the response metadata names it, prompt and completion tokens;
     * {@code null} when it reports none (both counts zero, as {@code EmptyUsage} and every streamed
     * chunk but the one carrying usage do).
     */
    @Override
    public TokenUsage usage(ChatResponse response) {
        Usage usage = response.getMetadata().getUsage();
        if (usage == null) {
            return null;
        }
        long input = usage.getPromptTokens() == null ? 0 : usage.getPromptTokens();
        long output = usage.getCompletionTokens() == null ? 0 : usage.getCompletionTokens();
        if ((input == 0 && output == 0) || input < 0 || output < 0) {
            return null;
        }
        return new TokenUsage(response.getMetadata().getModel(), input, output);
    }
}
