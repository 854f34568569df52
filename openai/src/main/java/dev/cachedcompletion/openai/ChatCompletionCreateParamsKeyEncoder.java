package dev.cachedcompletion.openai;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.spi.KeyEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * Keys a chat completion request by the JSON body the SDK sends for it: the body is written with
 * the SDK's own mapper, exactly as {@code client.chat().completions().create(params)} writes it,
 * and read back into a tree. Everything in that body is in the key — model, messages, sampling
 * parameters, tools and tool choice, response format, token limits, seed, stop sequences,
 * additional body properties, and whatever fields later SDK versions add — except the members
 * below, which do not change the answer. Leaving out by name, rather than taking in by name, means
 * a field this class has never heard of can only cause a miss, never a wrong hit.
 *
 * <p>Left out of the key, with why:
 * <ul>
 *   <li>{@code user}, {@code safety_identifier}: who the end user is, for abuse detection.</li>
 *   <li>{@code prompt_cache_key}, {@code prompt_cache_options}, {@code prompt_cache_retention}: how
 *       OpenAI caches the prompt's prefix on its side, which changes cost and latency.</li>
 *   <li>{@code metadata}, {@code store}: whether and how OpenAI keeps the completion for later
 *       listing or distillation.</li>
 *   <li>{@code stream_options}: what a stream reports; a {@code ChatCompletion} is not streamed.</li>
 *   <li>{@code service_tier}: the processing tier, which changes price and latency. The cached
 *       completion still says which tier served it.</li>
 *   <li>The request's additional HTTP headers and query parameters: transport, not content.</li>
 *   <li>The tool-call ids in the messages (an assistant message's {@code tool_calls[].id}, a tool
 *       message's {@code tool_call_id}): random strings the API minted for an earlier answer, so
 *       two runs of one conversation never share them. Each distinct id is replaced by its order of
 *       first appearance, {@code "#0"}, {@code "#1"}, ..., which keeps which result answers which
 *       call.</li>
 * </ul>
 *
 * <p>A body that names one member twice (a typed builder method and
 * {@code putAdditionalBodyProperty} with the same name) has no key: {@link #keyTree} throws
 * {@link IllegalArgumentException}, and the cache calls the method uncached.
 *
 * <p>Stateless and thread-safe.
 */
public final class ChatCompletionCreateParamsKeyEncoder implements KeyEncoder<ChatCompletionCreateParams> {

    private static final String FORM = "openai.ChatCompletionCreateParams/1";

    /** The body members left out of the key; the class comment says why. */
    static final Set<String> EXCLUDED = Set.of(
            "user",
            "safety_identifier",
            "prompt_cache_key",
            "prompt_cache_options",
            "prompt_cache_retention",
            "metadata",
            "store",
            "stream_options",
            "service_tier");

    private static final ObjectWriter BODY_WRITER =
            ObjectMappers.jsonMapper().writerFor(ChatCompletionCreateParams.Body.class);

    /** Public for the generated code, which instantiates the registered encoder. */
    public ChatCompletionCreateParamsKeyEncoder() {
    }

    @Override
    public String form() {
        return FORM;
    }

    /**
     * The body's members except those the class comment lists, with tool-call ids numbered; a fresh
     * tree the caller owns.
     *
     * @throws IllegalArgumentException if the body names one member twice
     * @throws UncheckedIOException if the SDK cannot write the body (it could not send it either)
     */
    @Override
    public Object keyTree(ChatCompletionCreateParams params) {
        Map<String, Object> body = readBody(params);
        body.keySet().removeAll(EXCLUDED);
        ToolCallIds.renumber(body.get("messages"));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readBody(ChatCompletionCreateParams params) {
        try {
            // The SDK writes the body as an object; the cast cannot fail for that.
            return (Map<String, Object>) JsonKeyTree.read(BODY_WRITER.writeValueAsBytes(params._body()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the body of a ChatCompletionCreateParams as the SDK"
                    + " would send it: " + e.getMessage(), e);
        }
    }
}
