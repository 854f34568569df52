package dev.cachedcompletion.springai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.openai.core.ObjectMappers;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * The OpenAI part of a prompt's key tree: every field of {@code OpenAiChatOptions} that reaches the
 * request body or chooses the model that answers (base URL, Microsoft Foundry deployment, GitHub
 * Models). The only class of this module that touches spring-ai-openai; it is loaded only for
 * options whose class is exactly {@code OpenAiChatOptions}.
 *
 * <p>Left out, because they do not change the answer: the API key and credential (secrets, never in
 * a key), organization, timeout, retries, proxy, custom headers (they often carry credentials),
 * {@code user} (an end-user id for abuse monitoring), {@code store} and {@code metadata} (whether and
 * how OpenAI keeps the completion), {@code serviceTier} (latency and price) and
 * {@code promptCacheKey} (OpenAI's own prompt cache). Stateless.
 */
final class OpenAiOptionKeys {

    private OpenAiOptionKeys() {}

    /** Takes the common type so that callers never mention an OpenAI class. */
    static Map<String, Object> of(ChatOptions common) {
        OpenAiChatOptions options = (OpenAiChatOptions) common;
        Map<String, Object> tree = Trees.of(
                "baseUrl", options.getBaseUrl(),
                "deploymentName", options.getDeploymentName(),
                "foundryServiceVersion", options.getMicrosoftFoundryServiceVersion() == null
                        ? null : options.getMicrosoftFoundryServiceVersion().value(),
                "microsoftFoundry", options.isMicrosoftFoundry(),
                "gitHubModels", options.isGitHubModels(),
                "logitBias", PlainKeyValues.of(options.getLogitBias(), "options.logitBias"),
                "logprobs", options.getLogprobs(),
                "topLogprobs", options.getTopLogprobs(),
                "maxCompletionTokens", options.getMaxCompletionTokens(),
                "n", options.getN(),
                "outputModalities", PlainKeyValues.of(options.getOutputModalities(), "options.outputModalities"),
                "seed", options.getSeed(),
                "toolChoice", toolChoice(options.getToolChoice()),
                "parallelToolCalls", options.getParallelToolCalls(),
                "strict", options.getStrict(),
                "reasoningEffort", options.getReasoningEffort(),
                "verbosity", options.getVerbosity(),
                "extraBody", PlainKeyValues.of(options.getExtraBody(), "options.extraBody"));
        OpenAiChatOptions.AudioParameters audio = options.getOutputAudio();
        tree.put("outputAudio", audio == null ? null : Trees.of("voice", audio.voice(), "format", audio.format()));
        OpenAiChatModel.ResponseFormat format = options.getResponseFormat();
        tree.put("responseFormat", format == null ? null
                : Trees.of("type", format.getType(), "jsonSchema", format.getJsonSchema(), "strict", format.getStrict()));
        // Whether a stream ends with a usage chunk changes the chunks a streamed answer has.
        OpenAiChatOptions.StreamOptions stream = options.getStreamOptions();
        tree.put("streamOptions", stream == null ? null : Trees.of(
                "includeObfuscation", stream.includeObfuscation(),
                "includeUsage", stream.includeUsage(),
                "additionalProperties", PlainKeyValues.of(stream.additionalProperties(), "options.streamOptions")));
        return tree;
    }

    /** A string as it is; an SDK tool-choice object as the JSON the SDK would send. */
    private static Object toolChoice(Object choice) {
        if (choice == null || choice instanceof String) {
            return choice;
        }
        if (!choice.getClass().getName().startsWith("com.openai.models.")) {
            throw new IllegalArgumentException("the Spring AI key encoder cannot key a tool choice of type "
                    + choice.getClass().getName() + ", so the call runs uncached");
        }
        try {
            return List.of("sdk", choice.getClass().getName(), ObjectMappers.jsonMapper().writeValueAsString(choice));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the tool choice " + choice.getClass().getName()
                    + " could not be written as JSON, so the call runs uncached", e);
        }
    }
}
