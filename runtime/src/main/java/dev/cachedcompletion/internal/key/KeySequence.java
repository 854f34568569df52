package dev.cachedcompletion.internal.key;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A list, array or set inside a key, as an immutable array of canonical values. Sets are sorted by
 * the canonical bytes of their elements, so equal sets are equal sequences whatever their
 * iteration order.
 */
public final class KeySequence {

    private final int tag;
    private final Object[] elements;
    private final int hash;

    private KeySequence(int tag, Object[] elements) {
        this.tag = tag;
        this.elements = elements;
        this.hash = 31 * tag + Arrays.hashCode(elements);
    }

    /** Takes ownership of {@code elements}. */
    public static KeySequence list(Object[] elements) {
        return new KeySequence(CanonicalEncoder.LIST, elements);
    }

    /** Takes ownership of {@code elements}. */
    public static KeySequence array(Object[] elements) {
        return new KeySequence(CanonicalEncoder.ARRAY, elements);
    }

    /** Takes ownership of {@code elements} and sorts them canonically. */
    public static KeySequence set(Object[] elements) {
        return new KeySequence(CanonicalEncoder.SET, canonicalOrder(elements));
    }

    static Object[] canonicalOrder(Object[] values) {
        if (values.length < 2) {
            return values;
        }
        Integer[] order = canonicalPermutation(values);
        Object[] sorted = new Object[values.length];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values[order[i]];
        }
        return sorted;
    }

    /** The indexes of {@code values} in the unsigned order of their canonical bytes. */
    static Integer[] canonicalPermutation(Object[] values) {
        byte[][] encoded = new byte[values.length][];
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            encoded[i] = CanonicalEncoder.valueBytes(values[i]);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> encoded[i], CanonicalEncoder::compare));
        return order;
    }

    int tag() {
        return tag;
    }

    Object[] elements() {
        return elements;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof KeySequence)) {
            return false;
        }
        KeySequence other = (KeySequence) o;
        return tag == other.tag && hash == other.hash && Arrays.equals(elements, other.elements);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(elements);
    }
}
