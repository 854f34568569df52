package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.CompiledClasses.key;
import static dev.cachedcompletion.processor.KeyAssertions.assertDifferentKey;
import static dev.cachedcompletion.processor.KeyAssertions.assertSameKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.cachedcompletion.support.GeneratedKeys;
import dev.cachedcompletion.spi.CacheKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the generated key code of a compiled service: what makes two calls share a cache entry. */
class KeySemanticsTest {

    private static final String JOKE = "joke(java.lang.String,int[])";
    private static final String JOKE_TOPIC = "joke(java.lang.String)";
    private static final String JOKE_TRACED = "joke(java.lang.String,java.lang.String)";
    private static final String FACT = "fact(java.lang.String)";
    private static final String RANK = "rank(java.util.List,java.util.Map)";

    private static final CompiledClasses CLASSES = CompiledClasses.compile(JavaFileObjects.forSourceLines("test.Svc",
            "package test;",
            "",
            "import dev.cachedcompletion.CachedCompletion;",
            "import dev.cachedcompletion.ExcludeFromKey;",
            "import dev.cachedcompletion.KeyPart;",
            "import java.util.List;",
            "import java.util.Map;",
            "",
            "public class Svc {",
            "    @KeyPart static String tenant = \"acme\";",
            "    @KeyPart final String model;",
            "    private final int temperature;",
            "",
            "    public Svc(String model, int temperature) {",
            "        this.model = model;",
            "        this.temperature = temperature;",
            "    }",
            "",
            "    @KeyPart int temperature() { return temperature; }",
            "",
            "    @CachedCompletion public String joke(String topic, int[] seeds) { return topic; }",
            "    @CachedCompletion public String joke(String topic) { return topic; }",
            "    @CachedCompletion public String joke(String topic, @ExcludeFromKey String trace) { return topic; }",
            "    @CachedCompletion public static String fact(String topic) { return topic; }",
            "    @CachedCompletion public String rank(List<String> items, Map<String, Integer> weights) {",
            "        return \"\";",
            "    }",
            "}"));

    private final GeneratedKeys keys = CLASSES.keys("test.Svc_CachedCompletion");
    private final Object svc = service("gpt-4o-mini", 0);

    @Test
    void equalArgumentsOnEqualServicesGiveEqualKeys() {
        CacheKey first = key(keys, JOKE, svc, "cats", new int[] {1, 2});

        assertSameKey(key(keys, JOKE, svc, "cats", new int[] {1, 2}), first);
        assertSameKey(key(keys, JOKE, service("gpt-4o-mini", 0), "cats", new int[] {1, 2}), first);
    }

    @Test
    void eachArgumentChangesTheKey() {
        CacheKey base = key(keys, JOKE, svc, "cats", new int[] {1, 2});

        assertDifferentKey(key(keys, JOKE, svc, "dogs", new int[] {1, 2}), base);
        assertDifferentKey(key(keys, JOKE, svc, "cats", new int[] {1, 3}), base);
        assertDifferentKey(key(keys, JOKE, svc, null, new int[] {1, 2}), base);
    }

    @Test
    void eachKeyPartChangesTheKey() {
        CacheKey base = key(keys, JOKE, svc, "cats", new int[] {1});

        assertDifferentKey(key(keys, JOKE, service("gpt-4o", 0), "cats", new int[] {1}), base);
        assertDifferentKey(key(keys, JOKE, service("gpt-4o-mini", 1), "cats", new int[] {1}), base);
        withTenant("globex", () -> assertDifferentKey(key(keys, JOKE, svc, "cats", new int[] {1}), base));
    }

    @Test
    void excludedParameterDoesNotChangeTheKey() {
        assertSameKey(key(keys, JOKE_TRACED, svc, "cats", "trace-1"), key(keys, JOKE_TRACED, svc, "cats", "trace-2"));
    }

    @Test
    void overloadsNeverShareKeys() {
        assertThat(keys.site(JOKE).identity()).isEqualTo("test.Svc#joke(java.lang.String,int[])");
        assertThat(keys.site(JOKE_TOPIC).identity()).isEqualTo("test.Svc#joke(java.lang.String)");
        assertThat(keys.site(JOKE_TRACED).identity()).isEqualTo("test.Svc#joke(java.lang.String,java.lang.String)");
        // Same key values (the trace is excluded), different methods.
        assertDifferentKey(key(keys, JOKE_TRACED, svc, "cats", "trace"), key(keys, JOKE_TOPIC, svc, "cats"));
    }

    @Test
    void unknownDescriptorHasNoSite() {
        assertThat(keys.site("joke(java.lang.Integer)")).isNull();
    }

    @Test
    void staticMethodUsesOnlyStaticKeyParts() {
        CacheKey base = key(keys, FACT, null, "cats");

        assertSameKey(key(keys, FACT, service("another-model", 9), "cats"), base);
        withTenant("globex", () -> assertDifferentKey(key(keys, FACT, null, "cats"), base));
    }

    @Test
    void mutatingArgumentsAfterwardsDoesNotChangeTheKey() {
        List<String> items = new ArrayList<>(List.of("a", "b"));
        Map<String, Integer> weights = new LinkedHashMap<>(Map.of("a", 1));
        int[] seeds = {1, 2};
        CacheKey rank = key(keys, RANK, svc, items, weights);
        CacheKey joke = key(keys, JOKE, svc, "cats", seeds);

        items.add("c");
        weights.put("b", 2);
        seeds[0] = 9;

        assertSameKey(rank, key(keys, RANK, svc, List.of("a", "b"), Map.of("a", 1)));
        assertSameKey(joke, key(keys, JOKE, svc, "cats", new int[] {1, 2}));
    }

    @Test
    void mapsAreEqualWhateverTheirInsertionOrder() {
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);

        assertSameKey(key(keys, RANK, svc, List.of("x"), ab), key(keys, RANK, svc, List.of("x"), ba));
        assertDifferentKey(key(keys, RANK, svc, List.of("x"), ab), key(keys, RANK, svc, List.of("x"), Map.of("a", 1)));
    }

    @Test
    void listOrderMatters() {
        assertDifferentKey(key(keys, RANK, svc, List.of("a", "b"), Map.of()),
                key(keys, RANK, svc, List.of("b", "a"), Map.of()));
    }

    private static Object service(String model, int temperature) {
        return CLASSES.instantiate("test.Svc", model, temperature);
    }

    private static void withTenant(String tenant, Runnable check) {
        CLASSES.setStatic("test.Svc", "tenant", tenant);
        try {
            check.run();
        } finally {
            CLASSES.setStatic("test.Svc", "tenant", "acme");
        }
    }
}
