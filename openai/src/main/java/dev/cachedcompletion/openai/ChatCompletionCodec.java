package dev.cachedcompletion.openai;

import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.TokenUsage;
import java.io.IOException;

/**
 * Stores an OpenAI {@link ChatCompletion} as the JSON the SDK itself writes and reads it back with
 * the SDK's own mapper ({@link ObjectMappers#jsonMapper()}), so that the decoded completion
 * {@code equals} the one the API returned: every choice with its message (content, refusal, tool
 * calls, annotations, audio), finish reason and log probabilities, the usage with its token
 * details, the id, creation time, model, service tier and system fingerprint, and every property
 * this SDK version does not know, which it keeps as additional properties.
 *
 * <p>Decoding is lenient where the SDK is lenient and strict about the envelope: it refuses bytes
 * that are not one JSON value, and a JSON value that is not a chat completion (no {@code id},
 * {@code choices}, {@code created} or {@code model} of the expected type, or an {@code object}
 * other than {@code "chat.completion"}). It does not call {@link ChatCompletion#validate()}, which
 * rejects enum values newer than the SDK (a new finish reason, say): the API sends those, the SDK
 * hands them to the caller without validating by default, and a cached copy must not turn them
 * into a miss forever. {@link #encode} refuses what {@link #decode} would refuse, so that such a
 * value is never stored only to be missed on every read.
 *
 * <p>No class named in the data is loaded: the SDK's mapper has no default typing, and its unions
 * pick among the SDK's own classes. Thread-safe and stateless; the SDK's mapper is shared.
 */
public final class ChatCompletionCodec implements CompletionCodec<ChatCompletion> {

    private static final String FORMAT = "openai.ChatCompletion/1";
    private static final SdkJson<ChatCompletion> JSON = new SdkJson<>(ChatCompletion.class, FORMAT,
            "chat.completion", completion -> {
                completion.id();
                completion.choices();
                completion.created();
                completion.model();
            }, ChatCompletion::_object_);

    /** Public for the generated code, which instantiates the registered codec. */
    public ChatCompletionCodec() {
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /**
     * The completion as the SDK's JSON.
     *
     * @throws IOException if {@code value} lacks what {@link #decode} requires of a chat completion
     */
    @Override
    public byte[] encode(ChatCompletion value) throws IOException {
        return JSON.write(value);
    }

    /**
     * The completion {@link #encode} wrote.
     *
     * @throws IOException if the bytes are not one JSON value or not a chat completion
     */
    @Override
    public ChatCompletion decode(byte[] bytes) throws IOException {
        return JSON.read(bytes);
    }

    /**
     * {@code false}: a completion the SDK parsed (every response, and every value decoded here) is
     * not immutable. Its list fields hold the parser's {@code ArrayList}s and its getters return
     * them, so {@code completion.choices().clear()} changes the completion, and would change it for
     * every caller sharing it. Only completions built with the SDK's builders hold unmodifiable
     * lists. Each hit therefore decodes its own copy.
     */
    @Override
    public boolean immutableValues() {
        return false;
    }

    /**
     * {@code model} and the {@code usage}'s prompt and completion tokens; {@code null} when the
     * completion has no usage or it counts zero tokens both ways. Never throws.
     */
    @Override
    public TokenUsage usage(ChatCompletion completion) {
        return CompletionUsages.of(() -> completion.model(), () -> completion.usage());
    }
}
