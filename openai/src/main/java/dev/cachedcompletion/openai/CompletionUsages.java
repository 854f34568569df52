package dev.cachedcompletion.openai;

import com.openai.models.completions.CompletionUsage;
import dev.cachedcompletion.spi.TokenUsage;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The token usage of an OpenAI completion or chunk as the cache counts it, for
 * {@link ChatCompletionCodec} and {@link ChatCompletionChunkCodec}: the model the response names and
 * its {@code usage.prompt_tokens} and {@code usage.completion_tokens} (reasoning tokens are part of
 * the latter). Stateless.
 */
final class CompletionUsages {

    private CompletionUsages() {}

    /**
     * The usage, or {@code null} when there is none, both counts are zero or one is negative, or
     * the SDK cannot read a field (it throws on a missing or mistyped one). Never throws.
     */
    static TokenUsage of(Supplier<String> model, Supplier<Optional<CompletionUsage>> usage) {
        try {
            CompletionUsage counts = usage.get().orElse(null);
            if (counts == null) {
                return null;
            }
            long input = counts.promptTokens();
            long output = counts.completionTokens();
            if (input < 0 || output < 0 || input + output == 0) {
                return null;
            }
            return new TokenUsage(modelOrNull(model), input, output);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String modelOrNull(Supplier<String> model) {
        try {
            return model.get();
        } catch (RuntimeException unreadable) {
            return null; // the counts stand without it; prices just cannot be looked up
        }
    }
}
