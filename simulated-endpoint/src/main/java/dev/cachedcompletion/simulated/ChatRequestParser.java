package dev.cachedcompletion.simulated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads a Chat Completions request body. Lenient about what the simulated model ignores (unknown
 * fields, {@code n}, {@code response_format}, ...), strict about what it cannot answer without.
 * Thread-safe.
 */
final class ChatRequestParser {

    private static final String FORMAT_HINT =
            " Send a JSON object with \"model\" (a string) and \"messages\" (a non-empty array).";

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    ChatRequest parse(String body) throws InvalidRequestException {
        JsonNode root = readTree(body);
        boolean stream = flag(root, "stream");
        return new ChatRequest(
                model(root),
                messages(root.get("messages")),
                temperature(root.get("temperature")),
                maxTokens(root),
                tools(root.get("tools")),
                stream,
                streamUsage(root.get("stream_options"), stream));
    }

    private JsonNode readTree(String body) throws InvalidRequestException {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(
                    "The request body is not valid JSON (" + e.getOriginalMessage() + ")." + FORMAT_HINT);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequestException("The request body must be a JSON object." + FORMAT_HINT);
        }
        return root;
    }

    private static String model(JsonNode root) throws InvalidRequestException {
        JsonNode model = root.get("model");
        if (model == null || !model.isTextual() || model.asText().isBlank()) {
            throw new InvalidRequestException("Missing required parameter: \"model\" must be a non-empty string,"
                    + " was " + model + "." + FORMAT_HINT);
        }
        return model.asText();
    }

    private static List<ChatMessage> messages(JsonNode messages) throws InvalidRequestException {
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            throw new InvalidRequestException("Missing required parameter: \"messages\" must be a non-empty array,"
                    + " was " + messages + "." + FORMAT_HINT);
        }
        List<ChatMessage> result = new ArrayList<>(messages.size());
        for (JsonNode message : messages) {
            JsonNode role = message.get("role");
            if (role == null || !role.isTextual()) {
                throw new InvalidRequestException("Every entry of \"messages\" needs a string \"role\"; "
                        + message + " has none.");
            }
            result.add(new ChatMessage(role.asText(), text(message.get("content"))));
        }
        return List.copyOf(result);
    }

    /** Content is a string, an array of parts (only text parts carry words), or absent. */
    private static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (!content.isArray()) {
            return content.asText();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                texts.add(part.get("text").asText());
            }
        }
        return String.join(" ", texts);
    }

    /** A boolean field; absent or null is false. */
    private static boolean flag(JsonNode parent, String field) throws InvalidRequestException {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidRequestException("\"" + field + "\" must be true or false, was " + value + ".");
        }
        return value.asBoolean();
    }

    /** OpenAI refuses {@code stream_options} on a request that does not stream; so does this endpoint. */
    private static boolean streamUsage(JsonNode options, boolean stream) throws InvalidRequestException {
        if (options == null || options.isNull()) {
            return false;
        }
        if (!stream) {
            throw new InvalidRequestException("\"stream_options\" is only allowed when \"stream\" is true;"
                    + " remove it or add \"stream\": true.");
        }
        if (!options.isObject()) {
            throw new InvalidRequestException("\"stream_options\" must be an object such as"
                    + " {\"include_usage\": true}, was " + options + ".");
        }
        return flag(options, "include_usage");
    }

    private static Double temperature(JsonNode temperature) throws InvalidRequestException {
        if (temperature == null || temperature.isNull()) {
            return null;
        }
        if (!temperature.isNumber()) {
            throw new InvalidRequestException("\"temperature\" must be a number, was " + temperature + ".");
        }
        return temperature.asDouble();
    }

    /** {@code max_tokens} is deprecated in favour of {@code max_completion_tokens}, which wins. */
    private static OptionalInt maxTokens(JsonNode root) throws InvalidRequestException {
        for (String field : List.of("max_completion_tokens", "max_tokens")) {
            JsonNode value = root.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1) {
                throw new InvalidRequestException("\"" + field + "\" must be a whole number of at least 1, was "
                        + value + ".");
            }
            return OptionalInt.of(value.asInt());
        }
        return OptionalInt.empty();
    }

    private static List<ToolFunction> tools(JsonNode tools) throws InvalidRequestException {
        if (tools == null || tools.isNull()) {
            return List.of();
        }
        if (!tools.isArray()) {
            throw new InvalidRequestException("\"tools\" must be an array, was " + tools + ".");
        }
        List<ToolFunction> result = new ArrayList<>(tools.size());
        for (JsonNode tool : tools) {
            JsonNode name = tool.path("function").get("name");
            if (name == null || !name.isTextual()) {
                throw new InvalidRequestException("Every entry of \"tools\" needs \"function\": {\"name\": ...};"
                        + " " + tool + " has no name.");
            }
            result.add(new ToolFunction(name.asText(), parameterTypes(tool.path("function").path("parameters"))));
        }
        return List.copyOf(result);
    }

    private static Map<String, String> parameterTypes(JsonNode parameters) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : parameters.path("properties").properties()) {
            types.put(property.getKey(), schemaType(property.getValue()));
        }
        // Not Map.copyOf: that loses the schema's order, and a property without a type maps to null.
        return Collections.unmodifiableMap(types);
    }

    /** A schema type is a name or a list such as {@code ["string", "null"]}; the first non-null one counts. */
    private static String schemaType(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return null;
        }
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode alternative : type) {
            if (alternative.isTextual() && !alternative.asText().equals("null")) {
                return alternative.asText();
            }
        }
        return null;
    }
}
