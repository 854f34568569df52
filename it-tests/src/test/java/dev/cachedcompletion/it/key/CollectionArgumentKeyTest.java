package dev.cachedcompletion.it.key;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.it.StoreKind;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Map, set and array arguments are keyed by content: iteration order does not matter, any element
 * does. In SQLite this checks the canonical bytes (the digest), in memory the key's equals.
 */
class CollectionArgumentKeyTest {

    private static final int[] IDS = {3, 1, 2};
    private static final String[] LABELS = {"x", "y"};
    private static final List<List<String>> GROUPS = List.of(List.of("a", "b"), List.of());
    private static final Map<String, Persona> CAST = Map.of("lead", new Persona("pirate", List.of("loud")));

    @TempDir
    Path dir;

    private final CollectionArgumentsService service = new CollectionArgumentsService();

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void iterationOrderOfMapsAndSetsDoesNotMatter(StoreKind store) {
        store.useFresh(dir);
        miss(service.calls, () -> service.rank(ordered("a", 1, "b", 2), ordered("red", "blue"), IDS, LABELS, GROUPS, CAST));
        store.reopen(dir);
        hit(service.calls, () -> service.rank(ordered("b", 2, "a", 1), ordered("blue", "red"),
                IDS.clone(), LABELS.clone(), List.of(List.of("a", "b"), List.of()),
                Map.of("lead", new Persona("pirate", List.of("loud")))));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void everyElementCounts(StoreKind store) {
        store.useFresh(dir);
        Map<String, Integer> weights = ordered("a", 1, "b", 2);
        Set<String> tags = ordered("red", "blue");
        miss(service.calls, () -> service.rank(weights, tags, IDS, LABELS, GROUPS, CAST));
        miss(service.calls, () -> service.rank(ordered("a", 1, "b", 3), tags, IDS, LABELS, GROUPS, CAST));
        miss(service.calls, () -> service.rank(ordered("a", 1, "c", 2), tags, IDS, LABELS, GROUPS, CAST));
        miss(service.calls, () -> service.rank(weights, ordered("red"), IDS, LABELS, GROUPS, CAST));
        miss(service.calls, () -> service.rank(weights, tags, new int[] {1, 2, 3}, LABELS, GROUPS, CAST));
        miss(service.calls, () -> service.rank(weights, tags, IDS, new String[] {"x", "y", ""}, GROUPS, CAST));
        miss(service.calls, () -> service.rank(weights, tags, IDS, LABELS, List.of(List.of("a"), List.of("b")), CAST));
        miss(service.calls, () -> service.rank(weights, tags, IDS, LABELS, GROUPS,
                Map.of("lead", new Persona("pirate", List.of("loud", "rude")))));
    }

    private static Map<String, Integer> ordered(String k1, int v1, String k2, int v2) {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static Set<String> ordered(String... elements) {
        return new LinkedHashSet<>(List.of(elements));
    }
}
