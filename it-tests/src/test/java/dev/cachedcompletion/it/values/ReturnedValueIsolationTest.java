package dev.cachedcompletion.it.values;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.it.StoreKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A caller that mutates a returned collection changes nothing that later callers receive. */
class ReturnedValueIsolationTest {

    @TempDir
    Path dir;

    private final StructuredService service = new StructuredService();

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void mutatingAReturnedListDoesNotChangeTheNextHit(StoreKind store) {
        store.useFresh(dir);
        List<Answer> fromBody = miss(service.calls, () -> service.answers("q"));
        List<Answer> original = List.copyOf(fromBody);
        fromBody.clear();

        List<Answer> fromCache = hit(service.calls, () -> service.answers("q"));
        assertThat(fromCache).isEqualTo(original);
        fromCache.remove(0);
        fromCache.add(new Answer("injected", 0, List.of(), null));

        assertThat(hit(service.calls, () -> service.answers("q"))).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void mutatingAReturnedMapDoesNotChangeTheNextHit(StoreKind store) {
        store.useFresh(dir);
        Map<String, List<Integer>> expected = Map.of("a", List.of(0, 2), "b", List.of(1), "empty", List.of());
        Map<String, List<Integer>> fromBody = miss(service.calls, () -> service.positions("a b a"));
        fromBody.get("a").add(99);

        Map<String, List<Integer>> fromCache = hit(service.calls, () -> service.positions("a b a"));
        assertThat(fromCache).isEqualTo(expected);
        fromCache.get("b").clear();
        fromCache.remove("a");

        assertThat(hit(service.calls, () -> service.positions("a b a"))).isEqualTo(expected);
    }
}
