package dev.cachedcompletion.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.image.Image;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the values of {@code AiMessage.attributes()} so that the value read back is
 * {@code equals} to the one written, number classes included ({@code 1}, {@code 1L} and
 * {@code 1.0} are three different attributes). Strings, booleans and {@code null} are plain JSON;
 * every other value is an object with exactly one field that names its kind: {@code int},
 * {@code long}, {@code float}, {@code double} (as text, so that NaN, infinities and {@code -0.0}
 * survive), {@code bigInteger}, {@code bigDecimal}, {@code list}, {@code map} (string keys) and
 * {@code image} (LangChain4j's generated images). Any other value cannot be kept without loss and
 * is refused. Lists and maps read back are unmodifiable. Stateless.
 */
final class AttributeJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AttributeJson() {}

    static Map<String, JsonNode> write(Map<String, Object> attributes) throws IOException {
        Map<String, JsonNode> json = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            json.put(entry.getKey(), write(entry.getKey(), entry.getValue()));
        }
        return json;
    }

    static Map<String, Object> read(Map<String, JsonNode> json) throws IOException {
        if (json == null) {
            return Map.of();
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : json.entrySet()) {
            attributes.put(entry.getKey(), read(entry.getValue()));
        }
        return Collections.unmodifiableMap(attributes);
    }

    private static JsonNode write(String name, Object value) throws IOException {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return tagged("int", NODES.numberNode(number));
        }
        if (value instanceof Long number) {
            return tagged("long", NODES.numberNode(number));
        }
        if (value instanceof Float number) {
            return tagged("float", NODES.textNode(number.toString()));
        }
        if (value instanceof Double number) {
            return tagged("double", NODES.textNode(number.toString()));
        }
        if (value instanceof BigInteger number) {
            return tagged("bigInteger", NODES.textNode(number.toString()));
        }
        if (value instanceof BigDecimal number) {
            // toString keeps the scale, so 1.0 and 1.00 stay apart as BigDecimal.equals keeps them.
            return tagged("bigDecimal", NODES.textNode(number.toString()));
        }
        if (value instanceof List<?> list) {
            var array = NODES.arrayNode(list.size());
            for (Object element : list) {
                array.add(write(name, element));
            }
            return tagged("list", array);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw refused(name, entry.getKey() == null ? "a map with a null key" : "a map with a "
                            + entry.getKey().getClass().getName() + " key");
                }
                object.set(key, write(name, entry.getValue()));
            }
            return tagged("map", object);
        }
        if (value.getClass() == Image.class) {
            return tagged("image", image((Image) value));
        }
        throw refused(name, "a " + value.getClass().getName());
    }

    private static ObjectNode image(Image image) {
        ObjectNode object = NODES.objectNode();
        object.put("url", image.url() == null ? null : image.url().toString());
        object.put("base64Data", image.base64Data());
        object.put("mimeType", image.mimeType());
        object.put("revisedPrompt", image.revisedPrompt());
        return object;
    }

    private static IOException refused(String name, String what) {
        return new IOException("AiMessage attribute '" + name + "' holds " + what + ", which "
                + ChatResponseCodec.FORMAT + " cannot store without loss; the response is not stored."
                + " Strings, booleans, numbers, lists, string-keyed maps and Images are supported.");
    }

    private static ObjectNode tagged(String kind, JsonNode value) {
        ObjectNode object = NODES.objectNode();
        object.set(kind, value);
        return object;
    }

    private static Object read(JsonNode json) throws IOException {
        if (json.isNull()) {
            return null;
        }
        if (json.isTextual()) {
            return json.textValue();
        }
        if (json.isBoolean()) {
            return json.booleanValue();
        }
        if (!json.isObject() || json.size() != 1) {
            throw new IOException("an attribute value must be a string, a boolean, null or an object with one field, not " + json.getNodeType());
        }
        Map.Entry<String, JsonNode> only = json.properties().iterator().next();
        return readTagged(only.getKey(), only.getValue());
    }

    private static Object readTagged(String kind, JsonNode value) throws IOException {
        return switch (kind) {
            case "int" -> integral(kind, value, value.canConvertToInt()).intValue();
            case "long" -> integral(kind, value, value.canConvertToLong()).longValue();
            case "float" -> Float.valueOf(text(kind, value));
            case "double" -> Double.valueOf(text(kind, value));
            case "bigInteger" -> new BigInteger(text(kind, value));
            case "bigDecimal" -> new BigDecimal(text(kind, value));
            case "list" -> list(value);
            case "map" -> map(value);
            case "image" -> readImage(value);
            default -> throw new IOException("unknown attribute kind '" + kind + "'");
        };
    }

    private static JsonNode integral(String kind, JsonNode value, boolean fits) throws IOException {
        if (!value.isIntegralNumber() || !fits) {
            throw new IOException("attribute of kind '" + kind + "' holds " + value.getNodeType() + " " + value);
        }
        return value;
    }

    private static String text(String kind, JsonNode value) throws IOException {
        if (!value.isTextual()) {
            throw new IOException("attribute of kind '" + kind + "' must be text, not " + value.getNodeType());
        }
        return value.textValue();
    }

    private static List<Object> list(JsonNode value) throws IOException {
        if (!value.isArray()) {
            throw new IOException("attribute of kind 'list' must be an array, not " + value.getNodeType());
        }
        List<Object> list = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            list.add(read(element));
        }
        return Collections.unmodifiableList(list);
    }

    private static Map<String, Object> map(JsonNode value) throws IOException {
        if (!value.isObject()) {
            throw new IOException("attribute of kind 'map' must be an object, not " + value.getNodeType());
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            map.put(entry.getKey(), read(entry.getValue()));
        }
        return Collections.unmodifiableMap(map);
    }

    private static Image readImage(JsonNode value) throws IOException {
        if (!value.isObject()) {
            throw new IOException("attribute of kind 'image' must be an object, not " + value.getNodeType());
        }
        Image.Builder image = Image.builder();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String text = nullableText(field.getKey(), field.getValue());
            switch (field.getKey()) {
                case "url" -> image.url(text == null ? null : URI.create(text));
                case "base64Data" -> image.base64Data(text);
                case "mimeType" -> image.mimeType(text);
                case "revisedPrompt" -> image.revisedPrompt(text);
                default -> throw new IOException("unknown image field '" + field.getKey() + "'");
            }
        }
        return image.build();
    }

    private static String nullableText(String field, JsonNode value) throws IOException {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IOException("image field '" + field + "' must be text or null, not " + value.getNodeType());
        }
        return value.textValue();
    }
}
