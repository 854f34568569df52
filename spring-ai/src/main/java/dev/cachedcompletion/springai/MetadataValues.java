package dev.cachedcompletion.springai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.messages.MessageType;

/**
 * The values of Spring AI's metadata maps as JSON that keeps their Java type, so that a map read
 * back {@code equals} the one written ({@code 3} stays an {@code Integer} or a {@code Long} as it
 * was). Each value is an object with one field naming its kind: {@code {"long": 3}},
 * {@code {"list": [...]}}; JSON {@code null} is {@code null}. The kinds form a closed set mapped to
 * classes in code, never read from the data; the OpenAI ones are handled by {@link OpenAiValues}.
 * {@link #write} throws on a value of another type (the answer is then not stored, never stored
 * lossily); {@link #read} throws on anything malformed. Stateless.
 */
final class MetadataValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MetadataValues() {}

    static JsonNode write(Object value, String where) throws IOException {
        if (value == null) {
            return NODES.nullNode();
        }
        ObjectNode node = NODES.objectNode();
        if (value instanceof String text) {
            node.put("string", text);
        } else if (value instanceof Boolean flag) {
            node.put("boolean", flag);
        } else if (value instanceof Integer number) {
            node.put("int", number);
        } else if (value instanceof Long number) {
            node.put("long", number);
        } else if (value instanceof Double number) {
            node.put("double", number.toString()); // as text: NaN and infinities too, read back exactly
        } else if (value instanceof Float number) {
            node.put("float", number.toString());
        } else if (value instanceof BigDecimal number) {
            node.put("decimal", number.toString());
        } else if (value instanceof BigInteger number) {
            node.put("bigInteger", number.toString());
        } else if (value instanceof MessageType type) {
            node.put("messageType", type.name());
        } else if (value instanceof List<?> list) {
            ArrayNode array = node.putArray("list");
            for (Object element : list) {
                array.add(write(element, where + "[]"));
            }
        } else if (value instanceof Map<?, ?> map) {
            node.set("map", writeMap(map, where));
        } else if (value.getClass().getName().startsWith("com.openai.") && OpenAiValues.handles(value)) {
            return OpenAiValues.write(value);
        } else {
            throw new IOException("cannot store the value at " + where + ": a " + value.getClass().getName()
                    + " is none of the types this codec keeps, so the answer is not stored");
        }
        return node;
    }

    static ObjectNode writeMap(Map<?, ?> map, String where) throws IOException {
        ObjectNode node = NODES.objectNode();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IOException("cannot store the map at " + where + ": a key is not a string");
            }
            node.set(key, write(entry.getValue(), where + "." + key));
        }
        return node;
    }

    static Object read(JsonNode node) throws IOException {
        if (node == null || node.isNull()) { // an optional field left out, or JSON null
            return null;
        }
        if (!node.isObject() || node.size() != 1) {
            throw new IOException("stored value is not an object with one field: " + node.getNodeType());
        }
        Map.Entry<String, JsonNode> only = node.fields().next();
        JsonNode body = only.getValue();
        switch (only.getKey()) {
            case "string":
                return text(body);
            case "boolean":
                if (!body.isBoolean()) {
                    throw new IOException("stored boolean is not a boolean");
                }
                return body.booleanValue();
            case "int":
                if (!body.isInt()) {
                    throw new IOException("stored int is not an int");
                }
                return body.intValue();
            case "long":
                if (!body.isIntegralNumber() || !body.canConvertToLong()) {
                    throw new IOException("stored long is not a long");
                }
                return body.longValue();
            case "double":
                return parse(() -> Double.valueOf(text(body)));
            case "float":
                return parse(() -> Float.valueOf(text(body)));
            case "decimal":
                return parse(() -> new BigDecimal(text(body)));
            case "bigInteger":
                return parse(() -> new BigInteger(text(body)));
            case "messageType":
                return parse(() -> MessageType.valueOf(text(body)));
            case "list":
                return readList(body);
            case "map":
                return readMap(body);
            default:
                if (only.getKey().startsWith("openai.")) {
                    return OpenAiValues.read(only.getKey(), body);
                }
                throw new IOException("stored value has an unknown kind: " + only.getKey());
        }
    }

    static Map<String, Object> readMap(JsonNode node) throws IOException {
        if (node == null || !node.isObject()) {
            throw new IOException("stored map is not an object");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            map.put(field.getKey(), read(field.getValue()));
        }
        return map;
    }

    private static List<Object> readList(JsonNode node) throws IOException {
        if (!node.isArray()) {
            throw new IOException("stored list is not an array");
        }
        List<Object> list = new ArrayList<>(node.size());
        for (JsonNode element : node) {
            list.add(read(element));
        }
        return list;
    }

    static String text(JsonNode node) throws IOException {
        if (!node.isTextual()) {
            throw new IOException("stored text is not a string");
        }
        return node.textValue();
    }

    /** A parse whose failure (a number or name that does not parse) is malformed input. */
    interface Parse {
        Object get() throws IOException;
    }

    static Object parse(Parse parse) throws IOException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IOException("stored value does not parse: " + e.getMessage(), e);
        }
    }
}
