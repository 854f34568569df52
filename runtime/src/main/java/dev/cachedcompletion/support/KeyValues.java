package dev.cachedcompletion.support;

import dev.cachedcompletion.internal.key.KeyBytes;
import dev.cachedcompletion.internal.key.KeyMap;
import dev.cachedcompletion.internal.key.KeyRecord;
import dev.cachedcompletion.internal.key.KeySequence;
import dev.cachedcompletion.internal.key.KeyTree;
import dev.cachedcompletion.spi.KeyEncoder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Turns argument values into canonical immutable key values, for generated code. Each method copies
 * what it is given, so a caller that mutates its argument afterwards cannot change a stored key.
 * {@code null} in gives {@code null} out. Element functions convert nested values that are not
 * already immutable.
 */
public final class KeyValues {

    private KeyValues() {
    }

    public static Object list(List<?> list) {
        return list == null ? null : KeySequence.list(list.toArray());
    }

    public static <T> Object list(List<T> list, Function<? super T, ?> element) {
        return list == null ? null : KeySequence.list(mapAll(list.toArray(), element));
    }

    public static Object set(Set<?> set) {
        return set == null ? null : KeySequence.set(set.toArray());
    }

    public static <T> Object set(Set<T> set, Function<? super T, ?> element) {
        return set == null ? null : KeySequence.set(mapAll(set.toArray(), element));
    }

    public static Object map(Map<?, ?> map) {
        return map(map, Function.identity(), Function.identity());
    }

    public static <K, V> Object map(Map<K, V> map, Function<? super K, ?> key, Function<? super V, ?> value) {
        if (map == null) {
            return null;
        }
        Object[] keys = new Object[map.size()];
        Object[] values = new Object[keys.length];
        int i = 0;
        for (Map.Entry<K, V> e : map.entrySet()) {
            keys[i] = key.apply(e.getKey());
            values[i] = value.apply(e.getValue());
            i++;
        }
        if (i != keys.length) {
            throw new java.util.ConcurrentModificationException("map changed while its key was built");
        }
        return KeyMap.of(keys, values);
    }

    /** A record by its canonical type name and its component values, in declaration order. */
    public static Object record(String type, Object... components) {
        return new KeyRecord(type, components);
    }

    /**
     * A value of a type keyed by an integration's {@link KeyEncoder}: the encoder's form name and
     * its canonical tree, so that keys of another encoder or form version never match.
     */
    public static <T> Object encoded(KeyEncoder<? super T> encoder, T value) {
        return value == null ? null : new KeyRecord(encoder.form(), new Object[] {KeyTree.canonical(encoder.keyTree(value))});
    }

    public static Object array(Object[] array) {
        return array == null ? null : KeySequence.array(array.clone());
    }

    public static <T> Object array(T[] array, Function<? super T, ?> element) {
        return array == null ? null : KeySequence.array(mapAll(array.clone(), element));
    }

    public static Object array(byte[] array) {
        return array == null ? null : new KeyBytes(array.clone());
    }

    public static Object array(int[] array) {
        return array == null ? null : KeySequence.array(box(array.length, i -> array[i]));
    }

    public static Object array(long[] array) {
        return array == null ? null : KeySequence.array(box(array.length, i -> array[i]));
    }

    public static Object array(double[] array) {
        return array == null ? null : KeySequence.array(box(array.length, i -> array[i]));
    }

    public static Object array(float[] array) {
        return array == null ? null : KeySequence.array(box(array.length, i -> array[i]));
    }

    public static Object array(short[] array) {
        return array == null ? null : KeySequence.array(box(array.length, i -> array[i]));
    }

    public static Object array(char[] array) {
        return array == null ? null : KeySequence.array(box(array.length, i -> array[i]));
    }

    public static Object array(boolean[] array) {
        return array == null ? null : KeySequence.array(box(array.length, i -> array[i]));
    }

    private static Object[] box(int length, IntFunction<Object> element) {
        Object[] boxed = new Object[length];
        for (int i = 0; i < length; i++) {
            boxed[i] = element.apply(i);
        }
        return boxed;
    }

    @SuppressWarnings("unchecked")
    private static <T> Object[] mapAll(Object[] values, Function<? super T, ?> element) {
        for (int i = 0; i < values.length; i++) {
            values[i] = element.apply((T) values[i]);
        }
        return values;
    }
}
