package dev.cachedcompletion.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiChatRequestParameters;
import java.util.HashMap;
import java.util.Map;

/**
 * The OpenAI-only part of a request's key tree. The only class of this module's key side that
 * touches langchain4j-open-ai: it is loaded only for parameters whose class
 * {@link OpenAiClasses#isExactly is exactly} {@code OpenAiChatRequestParameters}.
 *
 * <p>Left out, because they do not change the answer: {@code user} (an end-user id for abuse
 * monitoring), {@code store} (whether OpenAI keeps the completion), {@code metadata} (tags for
 * stored completions) and {@code serviceTier} (latency and price, not content). Stateless.
 */
final class OpenAiParameterTrees {

    private OpenAiParameterTrees() {}

    /** Takes the common type so that callers never mention an OpenAI class. */
    static Map<String, Object> of(ChatRequestParameters common) {
        OpenAiChatRequestParameters parameters = (OpenAiChatRequestParameters) common;
        Map<String, Object> tree = new HashMap<>();
        tree.put("maxCompletionTokens", parameters.maxCompletionTokens());
        tree.put("logitBias", ValueTrees.of(parameters.logitBias()));
        tree.put("parallelToolCalls", parameters.parallelToolCalls());
        tree.put("seed", parameters.seed());
        tree.put("reasoningEffort", parameters.reasoningEffort());
        // They add log probabilities to the response, which the codec stores with it.
        tree.put("logprobs", parameters.logprobs());
        tree.put("topLogprobs", parameters.topLogprobs());
        tree.put("customParameters", ValueTrees.of(parameters.customParameters()));
        return tree;
    }
}
