package dev.cachedcompletion.springai;

import dev.cachedcompletion.spi.KeyEncoder;
import org.springframework.ai.chat.prompt.Prompt;

/**
 * Keys a Spring AI {@link Prompt} by what the model sees: every message in order (type, text,
 * metadata, media, tool calls and tool responses, with tool-call ids numbered by first appearance)
 * and every option (model, sampling, limits, stop sequences, tools with their descriptions and input
 * schemas, tool context, and for {@code OpenAiChatOptions} every field that reaches the request: see
 * {@code OpenAiOptionKeys} for what is left out and why).
 *
 * <p>When in doubt it refuses rather than guesses: a message, options or media of a class it does
 * not know, or a metadata or tool-context value that is not a string, number, boolean, enum, list or
 * string-keyed map, makes {@link #keyTree} throw an {@link IllegalArgumentException}, and the cache
 * then runs the call uncached (counted as a cache error).
 *
 * <p>Stateless and thread-safe; builds a new tree on every call and only reads the prompt. Works
 * without spring-ai-openai on the class path.
 */
public final class PromptKeyEncoder implements KeyEncoder<Prompt> {

    /** The name and version of the tree this encoder builds. */
    public static final String FORM = "spring-ai.Prompt/1";

    /** Used by generated code; the encoder holds no state. */
    public PromptKeyEncoder() {}

    @Override
    public String form() {
        return FORM;
    }

    /** The key tree of {@code prompt}, which must not be {@code null}. */
    @Override
    public Object keyTree(Prompt prompt) {
        if (prompt.getClass() != Prompt.class) {
            throw new IllegalArgumentException("the Spring AI key encoder does not know the prompt class "
                    + prompt.getClass().getName() + ", so the call runs uncached");
        }
        return Trees.of(
                "messages", MessageKeys.of(prompt.getInstructions()),
                "options", prompt.getOptions() == null ? null : OptionKeys.of(prompt.getOptions()));
    }
}
