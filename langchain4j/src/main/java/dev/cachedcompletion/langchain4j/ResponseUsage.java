package dev.cachedcompletion.langchain4j;

import dev.cachedcompletion.spi.TokenUsage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;

/**
 * The token usage of a LangChain4j {@link ChatResponse} as the cache counts it, for
 * {@link ChatResponseCodec} and {@link ChatStreamEventCodec}: the model name of the response's
 * metadata and its input and output token counts. Stateless.
 */
final class ResponseUsage {

    private ResponseUsage() {}

    /**
     * The usage {@code response} reports, or {@code null} when it reports none: no token usage,
     * both counts absent or zero (providers send zeros for "not counted"), or a negative count.
     * An absent count beside a present one counts as zero. Never throws.
     */
    static TokenUsage of(ChatResponse response) {
        try {
            ChatResponseMetadata metadata = response.metadata();
            dev.langchain4j.model.output.TokenUsage usage = metadata.tokenUsage();
            if (usage == null) {
                return null;
            }
            long input = orZero(usage.inputTokenCount());
            long output = orZero(usage.outputTokenCount());
            if (input < 0 || output < 0 || input + output == 0) {
                return null;
            }
            return new TokenUsage(metadata.modelName(), input, output);
        } catch (RuntimeException unreadable) {
            // A response whose metadata throws (a custom subclass, say) reports nothing, per the SPI.
            return null;
        }
    }

    private static long orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
