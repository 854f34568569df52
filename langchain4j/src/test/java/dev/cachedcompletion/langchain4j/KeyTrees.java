package dev.cachedcompletion.langchain4j;

import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Checks that a key tree holds only what KeyEncoder's contract allows, and looks inside one. */
final class KeyTrees {

    private KeyTrees() {}

    static void assertCanonical(Object tree) {
        assertCanonical(tree, "tree");
    }

    private static void assertCanonical(Object node, String path) {
        if (node == null
                || node instanceof String
                || node instanceof Boolean
                || node instanceof Integer
                || node instanceof Long
                || node instanceof BigInteger
                || node instanceof Float
                || node instanceof Double
                || node instanceof BigDecimal
                || node instanceof Enum<?>) {
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (!(key instanceof String)) {
                    fail("%s has a key that is not a String: %s", path, key);
                }
                assertCanonical(value, path + "." + key);
            });
            return;
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                assertCanonical(list.get(i), path + "[" + i + "]");
            }
            return;
        }
        fail("%s is a %s, which a key tree cannot hold", path, node.getClass().getName());
    }

    /** Whether the tree holds an opaque entry anywhere, i.e. something was keyed by toString(). */
    static boolean hasOpaque(Object node) {
        if (node == Opaque.OBJECT) {
            return true;
        }
        if (node instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(KeyTrees::hasOpaque);
        }
        if (node instanceof List<?> list) {
            return list.stream().anyMatch(KeyTrees::hasOpaque);
        }
        return false;
    }
}
