package dev.cachedcompletion.internal.key;

import java.util.Arrays;

/**
 * A map inside a key: entries sorted by the canonical bytes of their keys, so that equal maps are
 * equal whatever their insertion order. Immutable.
 */
public final class KeyMap {

    private final Object[] keys;
    private final Object[] values;
    private final int hash;

    private KeyMap(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        this.hash = 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }

    /** Takes ownership of both arrays (same length, {@code keys} distinct) and sorts them together. */
    public static KeyMap of(Object[] keys, Object[] values) {
        int n = keys.length;
        Integer[] order = KeySequence.canonicalPermutation(keys);
        Object[] sortedKeys = new Object[n];
        Object[] sortedValues = new Object[n];
        for (int i = 0; i < n; i++) {
            sortedKeys[i] = keys[order[i]];
            sortedValues[i] = values[order[i]];
        }
        return new KeyMap(sortedKeys, sortedValues);
    }

    int size() {
        return keys.length;
    }

    Object keyAt(int i) {
        return keys[i];
    }

    Object valueAt(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof KeyMap)) {
            return false;
        }
        KeyMap other = (KeyMap) o;
        return hash == other.hash && Arrays.equals(keys, other.keys) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
