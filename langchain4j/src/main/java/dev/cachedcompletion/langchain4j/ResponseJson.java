package dev.cachedcompletion.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.model.output.FinishReason;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a stored {@code ChatResponse}: plain records that Jackson writes and reads
 * without any type information. Which LangChain4j class to build is said by {@link Kind}, a closed
 * set of names mapped to classes in code, never by a class name in the data.
 *
 * @param message the AI message
 * @param metadata the response metadata
 */
record ResponseJson(Message message, Metadata metadata) {

    /** Which class of metadata or token usage was stored. */
    enum Kind {
        /** {@code ChatResponseMetadata} or {@code TokenUsage} itself. */
        CORE,
        /** {@code OpenAiChatResponseMetadata} or {@code OpenAiTokenUsage}. */
        OPENAI
    }

    /** An {@code AiMessage}; attribute values are {@link AttributeJson} trees. */
    record Message(String text, String thinking, List<ToolCall> toolExecutionRequests, Map<String, JsonNode> attributes) {}

    /** A {@code ToolExecutionRequest}. */
    record ToolCall(String id, String name, String arguments) {}

    /** Metadata; the last four are set only for {@link Kind#OPENAI}. */
    record Metadata(
            Kind kind,
            String id,
            String modelName,
            FinishReason finishReason,
            Usage tokenUsage,
            Long created,
            String serviceTier,
            String systemFingerprint,
            List<LogProbJson> logProbs) {}

    /** Token usage; the details are set only for {@link Kind#OPENAI}. */
    record Usage(
            Kind kind,
            Integer inputTokenCount,
            Integer outputTokenCount,
            Integer totalTokenCount,
            InputDetails inputTokensDetails,
            OutputDetails outputTokensDetails) {}

    /** {@code OpenAiTokenUsage.InputTokensDetails}. */
    record InputDetails(Integer cachedTokens) {}

    /** {@code OpenAiTokenUsage.OutputTokensDetails}. */
    record OutputDetails(Integer reasoningTokens) {}

    /** An OpenAI {@code LogProb}, with its alternatives. */
    record LogProbJson(String token, Double logprob, List<Integer> bytes, List<LogProbJson> topLogprobs) {}
}
