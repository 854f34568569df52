package dev.cachedcompletion.springai;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.DefaultChatOptions;
import org.springframework.ai.model.tool.DefaultStructuredOutputChatOptions;
import org.springframework.ai.model.tool.DefaultToolCallingChatOptions;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;

/**
 * The key tree of a prompt's options. Spring AI's own option classes ({@code DefaultChatOptions},
 * {@code DefaultToolCallingChatOptions}, {@code DefaultStructuredOutputChatOptions}) and
 * {@code OpenAiChatOptions} are keyed field by field. Options of any other class (another provider's,
 * or a subclass of a known one) are refused, and the call runs uncached: their fields are unknown
 * here, and a field left out of a key is a wrong answer waiting for the prompt that differs only in
 * it. Stateless.
 */
final class OptionKeys {

    /** By name, so that no OpenAI class is loaded where spring-ai-openai is absent. */
    private static final String OPENAI_OPTIONS = "org.springframework.ai.openai.OpenAiChatOptions";

    private OptionKeys() {}

    static Map<String, Object> of(ChatOptions options) {
        Class<?> type = options.getClass();
        Map<String, Object> tree = common(options);
        if (type == DefaultChatOptions.class) {
            tree.put("class", "default");
        } else if (type == DefaultToolCallingChatOptions.class) {
            tree.put("class", "toolCalling");
            tools((ToolCallingChatOptions) options, tree);
        } else if (type == DefaultStructuredOutputChatOptions.class) {
            tree.put("class", "structuredOutput");
            tree.put("outputSchema", ((DefaultStructuredOutputChatOptions) options).getOutputSchema());
        } else if (type.getName().equals(OPENAI_OPTIONS)) {
            tree.put("class", "openai");
            tools((ToolCallingChatOptions) options, tree);
            tree.put("openai", OpenAiOptionKeys.of(options));
        } else {
            throw new IllegalArgumentException("the Spring AI key encoder does not know the options class "
                    + type.getName() + ", so the call runs uncached (its fields could change the answer unseen)");
        }
        return tree;
    }

    /** What every {@code ChatOptions} says. */
    private static Map<String, Object> common(ChatOptions options) {
        return Trees.of(
                "model", options.getModel(),
                "frequencyPenalty", options.getFrequencyPenalty(),
                "maxTokens", options.getMaxTokens(),
                "presencePenalty", options.getPresencePenalty(),
                "stopSequences", PlainKeyValues.of(options.getStopSequences(), "options.stopSequences"),
                "temperature", options.getTemperature(),
                "topK", options.getTopK(),
                "topP", options.getTopP());
    }

    /**
     * The tools as the model sees them (name, description, input schema) and whether their result
     * goes straight back to the caller. Tool context reaches the tools, not the model; it is keyed
     * all the same, since a tool's result may depend on it.
     */
    private static void tools(ToolCallingChatOptions options, Map<String, Object> tree) {
        List<ToolCallback> callbacks = options.getToolCallbacks();
        List<Object> tools = null;
        if (callbacks != null) {
            tools = new ArrayList<>(callbacks.size());
            for (ToolCallback callback : callbacks) {
                ToolDefinition definition = callback.getToolDefinition();
                tools.add(Trees.of(
                        "name", definition.name(),
                        "description", definition.description(),
                        "inputSchema", definition.inputSchema(),
                        "returnDirect", callback.getToolMetadata().returnDirect()));
            }
        }
        tree.put("toolCallbacks", tools);
        tree.put("toolContext", PlainKeyValues.of(options.getToolContext(), "options.toolContext"));
    }
}
