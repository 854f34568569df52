package dev.cachedcompletion.internal.key;

/**
 * Rough retained-heap estimates of key values, for weighing memory-store entries. Errs on the
 * large side so that a byte bound is not exceeded.
 */
public final class KeySizes {

    private static final int OBJECT = 16;
    private static final int REFERENCE = 8;

    private KeySizes() {
    }

    /** The estimated bytes retained by these parts and their array. */
    public static long of(Object[] parts) {
        long total = OBJECT + (long) REFERENCE * parts.length;
        for (Object part : parts) {
            total += of(part);
        }
        return total;
    }

    private static long of(Object v) {
        if (v == null || v instanceof Enum || v instanceof Boolean) {
            return 0;
        }
        if (v instanceof String) {
            return 40 + 2L * ((String) v).length();
        }
        if (v instanceof KeySequence) {
            return OBJECT + of(((KeySequence) v).elements());
        }
        if (v instanceof KeyMap) {
            KeyMap map = (KeyMap) v;
            long total = 2L * (OBJECT + (long) REFERENCE * map.size());
            for (int i = 0; i < map.size(); i++) {
                total += of(map.keyAt(i)) + of(map.valueAt(i));
            }
            return total;
        }
        if (v instanceof KeyRecord) {
            return OBJECT + of(((KeyRecord) v).components());
        }
        if (v instanceof KeyBytes) {
            return 2L * OBJECT + ((KeyBytes) v).bytes().length;
        }
        return 2L * OBJECT;
    }
}
