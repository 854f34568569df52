package dev.cachedcompletion.internal.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.support.KeyValues;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Equal arguments give one key, distinct arguments never do — in both views of a key: the in-memory
 * {@code equals}/{@code hashCode} and the SHA-256 digest that stores outside the process use.
 */
class CanonicalKeyTest {

    private static final SyntheticSite ONE = SyntheticSite.strings("keys.Service#ask(java.lang.Object)", 1);
    private static final SyntheticSite TWO = SyntheticSite.strings("keys.Service#ask(java.lang.Object,java.lang.Object)", 2);

    @Test
    void boundaryBetweenArgumentsIsPartOfTheKey() {
        assertDistinct(TWO.keyOf("ab", "c"), TWO.keyOf("a", "bc"));
        assertDistinct(ONE.keyOf(KeyValues.list(List.of("ab", "c"))), ONE.keyOf(KeyValues.list(List.of("a", "bc"))));
    }

    @Test
    void nullIsDistinctFromTheWordNullAndFromEmpty() {
        assertDistinct(ONE.keyOf((Object) null), ONE.keyOf("null"));
        assertDistinct(ONE.keyOf((Object) null), ONE.keyOf(""));
        assertDistinct(ONE.keyOf("null"), ONE.keyOf(""));
        assertDistinct(ONE.keyOf(KeyValues.list(null)), ONE.keyOf(KeyValues.list(List.of())));
    }

    @Test
    void mapsInAnyInsertionOrderGiveOneKey() {
        Map<String, Integer> abc = new LinkedHashMap<>();
        abc.put("a", 1);
        abc.put("b", 2);
        abc.put("c", 3);
        Map<String, Integer> cab = new LinkedHashMap<>();
        cab.put("c", 3);
        cab.put("a", 1);
        cab.put("b", 2);

        assertSameKey(ONE.keyOf(KeyValues.map(abc)), ONE.keyOf(KeyValues.map(cab)));
        assertSameKey(ONE.keyOf(KeyValues.map(new HashMap<>(abc))), ONE.keyOf(KeyValues.map(new TreeMap<>(cab))));
        assertDistinct(ONE.keyOf(KeyValues.map(abc)), ONE.keyOf(KeyValues.map(Map.of("a", 1, "b", 2, "c", 4))));
        // Swapping values between keys must not give the same key.
        assertDistinct(ONE.keyOf(KeyValues.map(Map.of("a", 1, "b", 2))), ONE.keyOf(KeyValues.map(Map.of("a", 2, "b", 1))));
    }

    @Test
    void setsInAnyIterationOrderGiveOneKey() {
        Set<String> xyz = new LinkedHashSet<>(List.of("x", "y", "z"));
        Set<String> zyx = new LinkedHashSet<>(List.of("z", "y", "x"));

        assertSameKey(ONE.keyOf(KeyValues.set(xyz)), ONE.keyOf(KeyValues.set(zyx)));
        assertDistinct(ONE.keyOf(KeyValues.set(xyz)), ONE.keyOf(KeyValues.set(Set.of("x", "y"))));
    }

    @Test
    void listsAreOrderSensitive() {
        assertDistinct(ONE.keyOf(KeyValues.list(List.of("x", "y"))), ONE.keyOf(KeyValues.list(List.of("y", "x"))));
        assertSameKey(ONE.keyOf(KeyValues.list(List.of("x", "y"))), ONE.keyOf(KeyValues.list(new ArrayList<>(List.of("x", "y")))));
    }

    @Test
    void numbersOfDifferentTypesAreDistinct() {
        assertDistinct(ONE.keyOf(1), ONE.keyOf(1L));
        assertDistinct(ONE.keyOf(1), ONE.keyOf((short) 1));
        assertDistinct(ONE.keyOf(1.0f), ONE.keyOf(1.0d));
    }

    /**
     * -0.0 and 0.0 are different keys, as {@link Double#equals} says; the digest must agree with
     * {@code equals}, or the memory and SQLite stores would disagree about hits. NaN is one key.
     */
    @Test
    void negativeZeroIsDistinctFromZeroAndNanIsOneKey() {
        assertDistinct(ONE.keyOf(-0.0d), ONE.keyOf(0.0d));
        assertDistinct(ONE.keyOf(-0.0f), ONE.keyOf(0.0f));
        assertSameKey(ONE.keyOf(Double.NaN), ONE.keyOf(Double.longBitsToDouble(0x7ff8000000000001L)));
    }

    @Test
    void unpairedSurrogateIsDistinctFromQuestionMark() {
        // UTF-8 encoding replaces an unpaired surrogate by '?': the key must not.
        assertDistinct(ONE.keyOf("\uD800"), ONE.keyOf("?"));
        assertDistinct(ONE.keyOf("a\uDC00b?"), ONE.keyOf("a?b?"));
        assertSameKey(ONE.keyOf("emoji \uD83D\uDE00?"), ONE.keyOf("emoji \uD83D\uDE00?"));
    }

    /** A user's record may override equals; keys compare records by type and components only. */
    record Prompt(String text, int temperature) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Prompt;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    @Test
    void recordsAreComparedByTypeAndComponents() {
        assertSameKey(ONE.keyOf(record(new Prompt("hi", 1))), ONE.keyOf(record(new Prompt("hi", 1))));
        assertDistinct(ONE.keyOf(record(new Prompt("hi", 1))), ONE.keyOf(record(new Prompt("hi", 2))));
        assertDistinct(ONE.keyOf(KeyValues.record("a.Prompt", "hi", 1)), ONE.keyOf(KeyValues.record("b.Prompt", "hi", 1)));
    }

    @Test
    void methodIdentityVersionAndModelArePartOfTheKey() {
        assertDistinct(ONE.keyOf("x"), SyntheticSite.strings("keys.Service#other(java.lang.Object)", 1).keyOf("x"));
        assertDistinct(ONE.keyOf("x"), site(ONE.identity(), 2, "test-model").keyOf("x"));
        assertDistinct(ONE.keyOf("x"), site(ONE.identity(), 1, "other-model").keyOf("x"));
        assertSameKey(ONE.keyOf("x"), site(ONE.identity(), 1, "test-model").keyOf("x"));
    }

    @Test
    void mutatingTheArgumentAfterwardsDoesNotChangeTheKey() {
        List<String> messages = new ArrayList<>(List.of("hello"));
        Map<String, String> options = new HashMap<>(Map.of("t", "0"));
        byte[] image = {1, 2, 3};
        CacheKey key = ONE.keyOf(KeyValues.list(List.of(KeyValues.list(messages), KeyValues.map(options), KeyValues.array(image))));
        byte[] digestBefore = key.digest();

        messages.add("world");
        options.put("t", "1");
        image[0] = 9;

        CacheKey fresh = ONE.keyOf(KeyValues.list(List.of(
                KeyValues.list(List.of("hello")), KeyValues.map(Map.of("t", "0")), KeyValues.array(new byte[] {1, 2, 3}))));
        assertSameKey(key, fresh);
        assertThat(key.digest()).isEqualTo(digestBefore);
    }

    private static Object record(Prompt p) {
        // What generated code writes for a record argument.
        return KeyValues.record(Prompt.class.getCanonicalName(), p.text(), p.temperature());
    }

    private static SyntheticSite site(String identity, int version, String model) {
        return new SyntheticSite(identity, version, model, -1, new ReturnType<String>() { }, true, 0, 1);
    }

    static void assertSameKey(CacheKey a, CacheKey b) {
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a.canonicalBytes()).isEqualTo(b.canonicalBytes());
        assertThat(a.digest()).isEqualTo(b.digest());
    }

    static void assertDistinct(CacheKey a, CacheKey b) {
        assertThat(a).isNotEqualTo(b);
        assertThat(a.canonicalBytes()).isNotEqualTo(b.canonicalBytes());
        assertThat(a.digest()).isNotEqualTo(b.digest());
    }
}
