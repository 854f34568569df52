package dev.cachedcompletion.springai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON shape of a stored {@code ChatResponse}: plain records that Jackson writes and reads with
 * no type information. Metadata maps are {@link MetadataValues} trees; which class of usage or rate
 * limit to build is said by a closed {@link Kind}, never by a class name in the data.
 *
 * @param generations the generations, in order
 * @param metadata    the response metadata
 */
record ResponseJson(List<GenerationJson> generations, MetadataJson metadata) {

    /** Which class of usage or rate limit was stored. */
    enum Kind {
        /** {@code EmptyUsage} or {@code EmptyRateLimit}. */
        EMPTY,
        /** {@code DefaultUsage}. */
        DEFAULT,
        /** {@code OpenAiRateLimit}. */
        OPENAI
    }

    /** A {@code Generation}: its assistant message and its {@code DefaultChatGenerationMetadata}. */
    record GenerationJson(MessageJson output, String finishReason, List<String> contentFilters, ObjectNode metadata) {}

    /** An {@code AssistantMessage}. */
    record MessageJson(String text, List<ToolCallJson> toolCalls, List<MediaJson> media, ObjectNode metadata) {}

    /** An {@code AssistantMessage.ToolCall}. */
    record ToolCallJson(String id, String type, String name, String arguments) {}

    /** A {@code Media}: its data is either {@code bytes} (Base64) or {@code url}. */
    record MediaJson(String mimeType, String id, String name, byte[] bytes, String url) {}

    /** {@code ChatResponseMetadata}. */
    record MetadataJson(String id, String model, UsageJson usage, RateLimitJson rateLimit,
            List<PromptFilterJson> promptMetadata, ObjectNode map) {}

    /** A {@code Usage}; the counts are set for {@link Kind#DEFAULT} only. */
    record UsageJson(Kind kind, Integer promptTokens, Integer completionTokens, Integer totalTokens,
            Long cacheReadInputTokens, Long cacheWriteInputTokens, JsonNode nativeUsage) {}

    /** A {@code RateLimit}; the fields are set for {@link Kind#OPENAI} only; durations in ISO-8601. */
    record RateLimitJson(Kind kind, Long requestsLimit, Long requestsRemaining, String requestsReset,
            Long tokensLimit, Long tokensRemaining, String tokensReset) {}

    /** One {@code PromptFilterMetadata}. */
    record PromptFilterJson(int promptIndex, JsonNode contentFilterMetadata) {}
}
