package dev.cachedcompletion.springai;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * Key trees of free-form values: message metadata, tool context, OpenAI's extra body. Strings,
 * booleans, numbers, enum constants and {@code null} stay as they are; lists and string-keyed maps
 * are walked. Anything else is refused with an {@link IllegalArgumentException}, which makes the
 * call run uncached: an object whose content this module cannot see might differ between two
 * prompts that would otherwise share a key. Stateless.
 */
final class PlainKeyValues {

    private PlainKeyValues() {}

    static Object of(Object value, String where) {
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
            return ((Number) value).intValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> tree = new HashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw refused(where, entry.getKey());
                }
                tree.put(key, of(entry.getValue(), where + "." + key));
            }
            return tree;
        }
        // Only lists and sorted sets: a hash set of equal content may iterate differently in two JVMs.
        if (value instanceof List<?> || value instanceof SortedSet<?>) {
            List<Object> list = new ArrayList<>();
            for (Object element : (Collection<?>) value) {
                list.add(of(element, where + "[]"));
            }
            return list;
        }
        throw refused(where, value);
    }

    private static IllegalArgumentException refused(String where, Object value) {
        return new IllegalArgumentException("the Spring AI key encoder cannot key " + where + ": a "
                + value.getClass().getName() + " has no content it can read, so the call runs uncached; "
                + "use strings, numbers, booleans, lists and string-keyed maps there");
    }
}
