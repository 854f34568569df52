package dev.cachedcompletion.internal.key;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON-like tree a {@code KeyEncoder} returns into canonical key values. Numbers are
 * normalized so that the Java class an encoder happened to use does not split one key into two:
 * every integral number becomes a {@code Long} (a {@code BigInteger} beyond its range), and every
 * other finite number a {@code BigDecimal} without trailing zeros: a {@code Float} or {@code Double}
 * its {@link ShortestDecimal} ({@code 0.7f}, {@code 0.7} and {@code new BigDecimal("0.70")} are one
 * key, as they are one number in the JSON a client sends). No number goes through a JDK's
 * {@code toString}, whose output changed in JDK 19. {@code -0.0}, infinities and NaN stay
 * {@code Double}s, keyed by their bits.
 */
public final class KeyTree {

    /** Deeper than any request a model accepts; a guard against a cycle in the tree. */
    private static final int MAX_DEPTH = 256;

    private KeyTree() {
    }

    /** The canonical form of {@code tree}; an {@link IllegalArgumentException} for anything else. */
    public static Object canonical(Object tree) {
        return canonical(tree, 0);
    }

    private static Object canonical(Object node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("key tree is deeper than " + MAX_DEPTH + " levels (a cycle?)");
        }
        if (node == null || node instanceof String || node instanceof Boolean || node instanceof Enum<?>
                || node instanceof Long) {
            return node;
        }
        if (node instanceof Double || node instanceof Float) {
            return decimal(((Number) node).doubleValue(), node);
        }
        if (node instanceof Integer || node instanceof Short || node instanceof Byte) {
            return ((Number) node).longValue();
        }
        if (node instanceof BigInteger) {
            BigInteger big = (BigInteger) node;
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        if (node instanceof BigDecimal) {
            BigDecimal decimal = (BigDecimal) node;
            return decimal.signum() == 0 ? BigDecimal.ZERO : decimal.stripTrailingZeros();
        }
        if (node instanceof Map<?, ?>) {
            return map((Map<?, ?>) node, depth);
        }
        if (node instanceof List<?>) {
            Object[] elements = ((List<?>) node).toArray();
            for (int i = 0; i < elements.length; i++) {
                elements[i] = canonical(elements[i], depth + 1);
            }
            return KeySequence.list(elements);
        }
        throw new IllegalArgumentException("a key tree holds maps, lists, strings, booleans, numbers, enums and "
                + "nulls, not a " + node.getClass().getName());
    }

    /** {@code binary} is the Float or Double whose value (widened exactly) is {@code value}. */
    private static Object decimal(double value, Object binary) {
        if (!Double.isFinite(value) || Double.doubleToRawLongBits(value) == Long.MIN_VALUE) {
            return value; // no decimal for these; -0.0 stays apart from 0, as Double.equals has it
        }
        return binary instanceof Float ? ShortestDecimal.of((float) value) : ShortestDecimal.of(value);
    }

    private static KeyMap map(Map<?, ?> map, int depth) {
        Object[] keys = new Object[map.size()];
        Object[] values = new Object[keys.length];
        int i = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String)) {
                throw new IllegalArgumentException("a key tree's map keys are strings, not "
                        + (entry.getKey() == null ? "null" : entry.getKey().getClass().getName()));
            }
            keys[i] = entry.getKey();
            values[i] = canonical(entry.getValue(), depth + 1);
            i++;
        }
        return KeyMap.of(keys, values);
    }
}
