package dev.cachedcompletion.langchain4j;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Key trees of free-form values: attribute maps, tool metadata, OpenAI custom parameters. Values
 * that the key format takes as they are (strings, booleans, numbers, enums, null) stay; lists,
 * arrays and string-keyed maps are walked; anything else becomes an {@linkplain #opaque opaque}
 * entry. Stateless.
 */
final class ValueTrees {

    private ValueTrees() {}

    static Object of(Object value) {
        if (value == null
                || value instanceof String
                || value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof BigInteger
                || value instanceof Double
                || value instanceof Float
                || value instanceof BigDecimal
                || value instanceof Enum<?>) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            // Integral numbers key by value whatever their class: an Integer says the same.
            return ((Number) value).intValue();
        }
        if (value instanceof Map<?, ?> map) {
            return map(map, value);
        }
        if (value instanceof Collection<?> collection) {
            // Iteration order, also for sets: equal sets that iterate differently only cost a miss.
            List<Object> list = new ArrayList<>(collection.size());
            for (Object element : collection) {
                list.add(of(element));
            }
            return list;
        }
        if (value.getClass().isArray()) {
            return array(value);
        }
        return opaque(value);
    }

    /**
     * The key of a value whose parts this module does not know: its class name and its
     * {@code toString()}. When that string changes between equal values (an identity hash, a
     * timestamp) the cost is a miss. When it leaves out something that changes the answer, two
     * requests could share one: for a type never seen, the class and its own description are the
     * most this module can go by, so docs/LANGCHAIN4J.md asks users of such types to add a
     * {@code @KeyPart} or a {@code version}.
     */
    static List<Object> opaque(Object value) {
        return Arrays.asList(Opaque.OBJECT, value.getClass().getName(), String.valueOf(value));
    }

    private static Object map(Map<?, ?> map, Object value) {
        Map<String, Object> tree = new HashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                // A key tree's maps have string keys; rather than guess a spelling, key the whole map opaquely.
                return opaque(value);
            }
            tree.put(key, of(entry.getValue()));
        }
        return tree;
    }

    private static List<Object> array(Object array) {
        int length = Array.getLength(array);
        List<Object> list = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            list.add(of(Array.get(array, i)));
        }
        return list;
    }
}
