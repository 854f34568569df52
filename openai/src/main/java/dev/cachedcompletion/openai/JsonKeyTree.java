package dev.cachedcompletion.openai;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into the tree a {@code KeyEncoder} returns: {@code Map<String, Object>},
 * {@code List<Object>}, {@code String}, {@code Boolean}, {@code Long}, {@code BigInteger},
 * {@code Double}, {@code BigDecimal} and {@code null}. The maps and lists are fresh and mutable, for
 * the caller to trim before handing the tree over.
 *
 * <p>Two JSON texts give equal trees only if every server reading them sees the same values:
 * <ul>
 *   <li>An object with a member name twice is refused ({@link IllegalArgumentException}): servers
 *       differ on which of the two counts, so no single tree is right for it.</li>
 *   <li>Numbers are never rounded into each other. Integers become {@code Long}, or
 *       {@code BigInteger} beyond its range. A decimal becomes the {@code Double} it denotes when
 *       that double's shortest decimal form has the same value, which is the case for every double
 *       Jackson writes; otherwise it stays the exact {@code BigDecimal}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class JsonKeyTree {

    /**
     * Plain JSON, no databind. Strings of any length: the SDK writes a message's image or audio as
     * one base64 string, which can exceed Jackson's default limit of 20 million characters.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build();

    private JsonKeyTree() {
    }

    /**
     * The tree of the one JSON value in {@code json}.
     *
     * @throws IllegalArgumentException if an object repeats a member name
     * @throws IOException if {@code json} is not one well-formed JSON value
     */
    static Object read(byte[] json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            Object tree = value(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IOException("Trailing content after the JSON value at " + parser.currentLocation());
            }
            return tree;
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new IOException("The JSON ends before its value");
        }
        switch (token) {
            case START_OBJECT:
                return object(parser);
            case START_ARRAY:
                return array(parser);
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_NUMBER_FLOAT:
                return decimal(parser);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                // Embedded objects exist only in token buffers, never in JSON text.
                throw new IOException("Unexpected JSON token " + token + " at " + parser.currentLocation());
        }
    }

    private static Map<String, Object> object(JsonParser parser) throws IOException {
        Map<String, Object> members = new HashMap<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            if (members.containsKey(name)) {
                throw new IllegalArgumentException("The request's JSON sets \"" + name + "\" twice, at "
                        + parser.getParsingContext().pathAsPointer() + ": the server's choice between the two"
                        + " values is unknown, so no cache key can stand for it. Set it once: a typed"
                        + " builder method and putAdditional...Property with the same name both write it.");
            }
            members.put(name, value(parser, parser.nextToken()));
        }
        return members;
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(value(parser, token));
        }
        return elements;
    }

    private static Object integer(JsonParser parser) throws IOException {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? parser.getBigIntegerValue()
                : (Object) parser.getLongValue();
    }

    private static Object decimal(JsonParser parser) throws IOException {
        BigDecimal exact = parser.getDecimalValue();
        double nearest = parser.getDoubleValue();
        if (Double.isFinite(nearest) && BigDecimal.valueOf(nearest).compareTo(exact) == 0) {
            return nearest;
        }
        // Trailing zeros do not change the number, only its text: 1.50 and 1.5 are one value.
        return exact.stripTrailingZeros();
    }
}
