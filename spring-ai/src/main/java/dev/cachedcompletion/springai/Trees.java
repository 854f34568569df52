package dev.cachedcompletion.springai;

import java.util.HashMap;
import java.util.Map;

/** Maps of a key tree, which unlike {@code Map.of} take {@code null} values. */
final class Trees {

    private Trees() {}

    /** A map of the given name, value pairs; names are strings, values may be {@code null}. */
    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> tree = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            tree.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return tree;
    }
}
