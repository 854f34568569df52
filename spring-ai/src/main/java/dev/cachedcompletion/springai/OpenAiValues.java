package dev.cachedcompletion.springai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.openai.core.ObjectMappers;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.completions.CompletionUsage;
import java.io.IOException;
import java.time.Duration;
import org.springframework.ai.chat.metadata.RateLimit;
import org.springframework.ai.openai.metadata.OpenAiRateLimit;

/**
 * The OpenAI SDK values that {@code OpenAiChatModel} puts in Spring AI's metadata: the finish
 * reason of a streamed choice (an SDK enum) and the native usage ({@code CompletionUsage}, kept as
 * the SDK's own JSON and read back by the SDK into that one class). Loaded only when such a value is
 * met or a stored one is read, so the module works without spring-ai-openai; the same goes for
 * Spring AI's {@code OpenAiRateLimit}. Stateless.
 */
final class OpenAiValues {

    private static final String FINISH_REASON = "openai.finishReason";
    private static final String USAGE = "openai.completionUsage";

    private OpenAiValues() {}

    /** Whether {@code value} is one of the SDK values kept here; callers check the package first. */
    static boolean handles(Object value) {
        return value instanceof ChatCompletion.Choice.FinishReason.Value || value instanceof CompletionUsage;
    }

    static JsonNode write(Object value) throws IOException {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (value instanceof ChatCompletion.Choice.FinishReason.Value reason) {
            node.put(FINISH_REASON, reason.name());
        } else {
            node.set(USAGE, ObjectMappers.jsonMapper().valueToTree(value));
        }
        return node;
    }

    static RateLimit rateLimit(Long requestsLimit, Long requestsRemaining, Duration requestsReset, Long tokensLimit,
            Long tokensRemaining, Duration tokensReset) {
        return new OpenAiRateLimit(requestsLimit, requestsRemaining, requestsReset, tokensLimit, tokensRemaining,
                tokensReset);
    }

    static Object read(String kind, JsonNode body) throws IOException {
        switch (kind) {
            case FINISH_REASON:
                return MetadataValues.parse(() -> ChatCompletion.Choice.FinishReason.Value.valueOf(MetadataValues.text(body)));
            case USAGE:
                if (!body.isObject()) {
                    throw new IOException("stored OpenAI usage is not an object");
                }
                return ObjectMappers.jsonMapper().treeToValue(body, CompletionUsage.class);
            default:
                throw new IOException("stored value has an unknown kind: " + kind);
        }
    }
}
