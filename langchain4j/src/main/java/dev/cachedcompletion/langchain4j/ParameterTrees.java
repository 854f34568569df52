package dev.cachedcompletion.langchain4j;

import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.HashMap;
import java.util.Map;

/**
 * The key tree of a request's parameters: every common parameter, then, under {@code "openai"},
 * the OpenAI ones that change the answer. Parameters of another class (another provider's, say)
 * add their class and {@code toString()} under {@code "other"}: their own fields are unknown here,
 * and a miss too many is better than a wrong answer. Stateless.
 */
final class ParameterTrees {

    private ParameterTrees() {}

    static Map<String, Object> of(ChatRequestParameters parameters) {
        Map<String, Object> tree = new HashMap<>();
        tree.put("modelName", parameters.modelName());
        tree.put("temperature", parameters.temperature());
        tree.put("topP", parameters.topP());
        tree.put("topK", parameters.topK());
        tree.put("frequencyPenalty", parameters.frequencyPenalty());
        tree.put("presencePenalty", parameters.presencePenalty());
        tree.put("maxOutputTokens", parameters.maxOutputTokens());
        tree.put("stopSequences", ValueTrees.of(parameters.stopSequences()));
        tree.put("toolSpecifications", ToolTrees.of(parameters.toolSpecifications()));
        tree.put("toolChoice", parameters.toolChoice());
        tree.put("responseFormat", responseFormat(parameters.responseFormat()));
        if (OpenAiClasses.isExactly(parameters, OpenAiClasses.CHAT_REQUEST_PARAMETERS)) {
            tree.put("openai", OpenAiParameterTrees.of(parameters));
        } else if (parameters.getClass() != DefaultChatRequestParameters.class) {
            tree.put("other", ValueTrees.opaque(parameters));
        }
        return tree;
    }

    private static Object responseFormat(ResponseFormat format) {
        if (format == null) {
            return null;
        }
        Map<String, Object> tree = new HashMap<>();
        tree.put("type", format.type());
        tree.put("jsonSchema", jsonSchema(format.jsonSchema()));
        return tree;
    }

    private static Object jsonSchema(JsonSchema schema) {
        if (schema == null) {
            return null;
        }
        Map<String, Object> tree = new HashMap<>();
        tree.put("name", schema.name());
        tree.put("rootElement", SchemaTrees.of(schema.rootElement()));
        return tree;
    }
}
