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

    /**
     * A String and its array: 24 + 16 bytes of headers, then one byte per character when every
     * character fits in Latin-1 (compact strings, the common case for prompts) and two otherwise.
     * Counting two bytes for every character overstated a 1 KB English prompt by ~1000 bytes, so a
     * byte-bounded store held a third fewer entries than its bound allows (docs/PERFORMANCE.md).
     * The scan runs on the miss path only, when the entry is weighed.
     */
    private static long string(String s) {
        int n = s.length();
        long bytes = isLatin1(s) ? n : 2L * n;
        return 40 + ((bytes + 7) & ~7L);
    }

    private static boolean isLatin1(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static long of(Object v) {
        if (v == null || v instanceof Enum || v instanceof Boolean) {
            return 0;
        }
        if (v instanceof String) {
            return string((String) v);
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
