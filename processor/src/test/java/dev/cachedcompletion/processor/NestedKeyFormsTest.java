package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.CompiledClasses.key;
import static dev.cachedcompletion.processor.KeyAssertions.assertDifferentKey;
import static dev.cachedcompletion.processor.KeyAssertions.assertSameKey;

import com.google.testing.compile.JavaFileObjects;
import dev.cachedcompletion.support.GeneratedKeys;
import dev.cachedcompletion.spi.CacheKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys of nested argument types: records, lists of records, maps of lists, arrays and sets of enums. */
class NestedKeyFormsTest {

    private static final String SUMMARIZE = "summarize(java.util.List,java.util.Map,int[],java.util.Set)";

    private static final CompiledClasses CLASSES = CompiledClasses.compile(JavaFileObjects.forSourceLines("test.Briefs",
            "package test;",
            "",
            "import dev.cachedcompletion.CachedCompletion;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Set;",
            "",
            "public class Briefs {",
            "    public enum Tone { DRY, WARM }",
            "",
            "    public record Message(String role, List<String> tags) { }",
            "",
            "    @CachedCompletion",
            "    public String summarize(List<Message> messages, Map<String, List<Integer>> scores, int[] seeds,",
            "            Set<Tone> tones) {",
            "        return \"\";",
            "    }",
            "}"));

    private final GeneratedKeys keys = CLASSES.keys("test.Briefs_CachedCompletion");
    private final Object briefs = CLASSES.instantiate("test.Briefs");

    @Test
    void equalNestedValuesGiveEqualKeys() {
        assertSameKey(
                summarize(List.of(message("user", "a")), Map.of("x", List.of(1, 2)), new int[] {7}, tones("DRY")),
                summarize(List.of(message("user", "a")), Map.of("x", List.of(1, 2)), new int[] {7}, tones("DRY")));
    }

    @Test
    void everyNestedValueCounts() {
        CacheKey base =
                summarize(List.of(message("user", "a")), Map.of("x", List.of(1, 2)), new int[] {7}, tones("DRY"));

        assertDifferentKey(summarize(List.of(message("system", "a")), Map.of("x", List.of(1, 2)), new int[] {7},
                tones("DRY")), base);
        assertDifferentKey(summarize(List.of(message("user", "b")), Map.of("x", List.of(1, 2)), new int[] {7},
                tones("DRY")), base);
        assertDifferentKey(summarize(List.of(message("user", "a")), Map.of("x", List.of(2, 1)), new int[] {7},
                tones("DRY")), base);
        assertDifferentKey(summarize(List.of(message("user", "a")), Map.of("x", List.of(1, 2)), new int[] {8},
                tones("DRY")), base);
        assertDifferentKey(summarize(List.of(message("user", "a")), Map.of("x", List.of(1, 2)), new int[] {7},
                tones("WARM")), base);
    }

    @Test
    void setsAreEqualWhateverTheirOrder() {
        assertSameKey(summarize(List.of(), Map.of(), new int[0], tones("DRY", "WARM")),
                summarize(List.of(), Map.of(), new int[0], tones("WARM", "DRY")));
    }

    @Test
    void nestedMutableValuesAreCopied() {
        List<String> tags = new ArrayList<>(List.of("a"));
        List<Integer> scores = new ArrayList<>(List.of(1));
        CacheKey key = summarize(List.of(message("user", tags)), Map.of("x", scores), new int[0], tones());

        tags.add("b");
        scores.add(2);

        assertSameKey(key, summarize(List.of(message("user", "a")), Map.of("x", List.of(1)), new int[0], tones()));
    }

    @Test
    void nullIsNotEmpty() {
        CacheKey empty = summarize(List.of(), Map.of(), new int[0], tones());

        assertDifferentKey(summarize(null, Map.of(), new int[0], tones()), empty);
        assertDifferentKey(summarize(List.of(), null, new int[0], tones()), empty);
        assertDifferentKey(summarize(List.of(), Map.of(), null, tones()), empty);
        assertDifferentKey(summarize(List.of(), Map.of(), new int[0], null), empty);
    }

    private CacheKey summarize(List<?> messages, Map<String, List<Integer>> scores, int[] seeds, Set<?> tones) {
        return key(keys, SUMMARIZE, briefs, messages, scores, seeds, tones);
    }

    private static Object message(String role, String... tags) {
        return message(role, List.of(tags));
    }

    private static Object message(String role, List<String> tags) {
        return CLASSES.instantiate("test.Briefs$Message", role, tags);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Set<?> tones(String... names) {
        Set<Object> tones = new LinkedHashSet<>();
        for (String name : names) {
            tones.add(Enum.valueOf((Class) CLASSES.load("test.Briefs$Tone"), name));
        }
        return tones;
    }
}
