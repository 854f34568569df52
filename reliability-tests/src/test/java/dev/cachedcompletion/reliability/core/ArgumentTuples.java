package dev.cachedcompletion.reliability.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Seeded random argument tuples for {@link FuzzService#ask}, rebuilt from their index alone so that a
 * million of them need not be kept. Values come from small pools chosen to sit next to each other
 * in an encoding (null, "null" and ""; "ab"+"c" and "a"+"bc"; 0.0 and -0.0; 1.0 and 1.00; an
 * unpaired surrogate and "?"), and every eighth tuple comes from tiny pools, so that equal tuples,
 * built independently in other insertion orders and collection classes, are common too.
 */
final class ArgumentTuples {

    private static final long SEED = 0x5EED_C0FFEEL;
    private static final String[] FRAGMENTS = {"", "a", "b", "ab", "ba", "c", "null", "NULL", " ", "?", "\uD800",
        "\uDC00", "\uD83D\uDE00", "\u00e9", "e\u0301", "\u0000", "1", "1L", ",", "[]", "{}", "=", "\"", "#0", "\u00ff"};
    private static final double[] DOUBLES = {0.0, -0.0, 1.0, -1.0, 0.1, 1e300, Double.MIN_VALUE, Double.NaN,
        Double.longBitsToDouble(0x7ff8000000000001L), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        1.0000000000000002};
    private static final String[] DECIMALS = {"0", "-0", "0.0", "1", "1.0", "1.00", "10", "1E+1", "0.1", "-1"};

    private ArgumentTuples() {
    }

    /** The arguments of tuple {@code index}: the same on every call. */
    static Object[] tuple(int index) {
        SplittableRandom r = new SplittableRandom(SEED + index);
        Pools p = r.nextInt(8) == 0 ? Pools.TINY : Pools.WIDE;
        return new Object[] {string(r, p), integer(r, p), longValue(r, p), doubleValue(r, p), decimal(r, p),
            stringList(r, p), intSet(r, p), weights(r, p), prompt(r, p)};
    }

    /**
     * An equal tuple built anew: fresh strings and decimals, other collection classes, maps and sets
     * filled in reverse order. Its key must be the key of {@code tuple}.
     */
    static Object[] twin(Object[] tuple) {
        Object[] twin = new Object[tuple.length];
        for (int i = 0; i < tuple.length; i++) {
            twin[i] = copy(tuple[i]);
        }
        return twin;
    }

    /** How wide the value pools are: wide for distinct tuples, tiny for many equal ones. */
    private enum Pools {
        WIDE(FRAGMENTS.length, 3, 0.1), TINY(3, 1, 0.5);

        final int fragments;
        final int maxSize;
        final double nulls;

        Pools(int fragments, int maxSize, double nulls) {
            this.fragments = fragments;
            this.maxSize = maxSize;
            this.nulls = nulls;
        }
    }

    private static boolean isNull(SplittableRandom r, Pools p) {
        return r.nextDouble() < p.nulls;
    }

    /** Zero to three fragments joined, so that neighbouring arguments can trade characters. */
    private static String string(SplittableRandom r, Pools p) {
        if (isNull(r, p)) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int n = r.nextInt(p.maxSize + 1); n > 0; n--) {
            sb.append(FRAGMENTS[r.nextInt(p.fragments)]);
        }
        return sb.toString();
    }

    private static Integer integer(SplittableRandom r, Pools p) {
        if (isNull(r, p)) {
            return null;
        }
        int pick = r.nextInt(p == Pools.TINY ? 2 : 9);
        return pick == 7 ? Integer.MIN_VALUE : pick == 8 ? Integer.MAX_VALUE : pick - 3;
    }

    private static Long longValue(SplittableRandom r, Pools p) {
        if (isNull(r, p)) {
            return null;
        }
        int pick = r.nextInt(p == Pools.TINY ? 2 : 9);
        return pick == 7 ? Long.MIN_VALUE : pick == 8 ? 1L << 32 : pick - 3L;
    }

    private static Double doubleValue(SplittableRandom r, Pools p) {
        return isNull(r, p) ? null : DOUBLES[r.nextInt(p == Pools.TINY ? 2 : DOUBLES.length)];
    }

    private static BigDecimal decimal(SplittableRandom r, Pools p) {
        return isNull(r, p) ? null : new BigDecimal(DECIMALS[r.nextInt(p == Pools.TINY ? 2 : DECIMALS.length)]);
    }

    private static List<String> stringList(SplittableRandom r, Pools p) {
        if (isNull(r, p)) {
            return null;
        }
        List<String> list = r.nextBoolean() ? new ArrayList<>() : new LinkedList<>();
        for (int n = r.nextInt(p.maxSize + 1); n > 0; n--) {
            list.add(string(r, p));
        }
        return list;
    }

    private static Set<Integer> intSet(SplittableRandom r, Pools p) {
        if (isNull(r, p)) {
            return null;
        }
        List<Integer> elements = new ArrayList<>();
        for (int n = r.nextInt(p.maxSize + 2); n > 0; n--) {
            elements.add(r.nextInt(20) == 0 ? null : r.nextInt(p == Pools.TINY ? 2 : 7) - 3);
        }
        Collections.shuffle(elements, new java.util.Random(r.nextLong()));
        Set<Integer> set = elements.contains(null) || r.nextBoolean() ? new HashSet<>() : new TreeSet<>();
        set.addAll(elements);
        return set;
    }

    private static Map<String, Long> weights(SplittableRandom r, Pools p) {
        if (isNull(r, p)) {
            return null;
        }
        Map<String, Long> map = new LinkedHashMap<>();
        for (int n = r.nextInt(p.maxSize + 2); n > 0; n--) {
            String key = r.nextInt(20) == 0 ? null : FRAGMENTS[r.nextInt(p.fragments)];
            map.put(key, r.nextInt(10) == 0 ? null : (long) r.nextInt(p == Pools.TINY ? 2 : 5) - 2);
        }
        return map;
    }

    private static Map<String, String> meta(SplittableRandom r, Pools p) {
        if (isNull(r, p)) {
            return null;
        }
        Map<String, String> map = r.nextBoolean() ? new HashMap<>() : new TreeMap<>();
        for (int n = r.nextInt(p.maxSize + 1); n > 0; n--) {
            map.put(FRAGMENTS[r.nextInt(p.fragments)], string(r, p));
        }
        return map;
    }

    private static Prompt prompt(SplittableRandom r, Pools p) {
        if (isNull(r, p)) {
            return null;
        }
        List<Message> messages = null;
        if (!isNull(r, p)) {
            messages = new ArrayList<>();
            for (int n = r.nextInt(p.maxSize); n >= 0; n--) {
                messages.add(r.nextInt(10) == 0 ? null : new Message(string(r, p), string(r, p)));
            }
        }
        double temperature = DOUBLES[r.nextInt(p == Pools.TINY ? 2 : DOUBLES.length)];
        return new Prompt(string(r, p), messages, meta(r, p), temperature, integer(r, p));
    }

    private static Object copy(Object v) {
        if (v instanceof String) {
            return new String((String) v);
        }
        if (v instanceof BigDecimal) {
            BigDecimal d = (BigDecimal) v;
            return new BigDecimal(d.unscaledValue(), d.scale());
        }
        if (v instanceof List) {
            List<Object> list = new LinkedList<>();
            ((List<?>) v).forEach(e -> list.add(copy(e)));
            return list;
        }
        if (v instanceof Set) {
            List<Object> elements = new ArrayList<>((Set<?>) v);
            Collections.reverse(elements);
            Set<Object> set = new LinkedHashSet<>();
            elements.forEach(e -> set.add(copy(e)));
            return set;
        }
        if (v instanceof Map) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(((Map<?, ?>) v).entrySet());
            Collections.reverse(entries);
            Map<Object, Object> map = new LinkedHashMap<>();
            entries.forEach(e -> map.put(copy(e.getKey()), copy(e.getValue())));
            return map;
        }
        if (v instanceof Message) {
            Message m = (Message) v;
            return new Message((String) copy(m.role()), (String) copy(m.content()));
        }
        if (v instanceof Prompt) {
            Prompt q = (Prompt) v;
            @SuppressWarnings("unchecked")
            List<Message> messages = (List<Message>) copy(q.messages());
            @SuppressWarnings("unchecked")
            Map<String, String> meta = (Map<String, String>) copy(q.meta());
            return new Prompt((String) copy(q.system()), messages, meta, q.temperature(), q.maxTokens());
        }
        return v; // null and boxed numbers: immutable values
    }

    /** Equality judged by Java's own equals on the argument values, independently of the key encoder. */
    static boolean sameArguments(Object[] a, Object[] b) {
        return Arrays.asList(a).equals(Arrays.asList(b));
    }

    static int argumentsHash(Object[] tuple) {
        return Arrays.asList(tuple).hashCode();
    }
}
