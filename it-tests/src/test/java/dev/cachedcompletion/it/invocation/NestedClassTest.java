package dev.cachedcompletion.it.invocation;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Services declared as nested classes are cached: the runtime finds their generated key code by the
 * same naming rule the processor used (a wrong rule would leave them silently uncached).
 */
class NestedClassTest {

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void aNestedServiceIsCached() {
        Assistants.Librarian librarian = new Assistants.Librarian();
        String first = miss(librarian.calls, () -> librarian.recommend("poetry"));
        assertThat(hit(librarian.calls, () -> librarian.recommend("poetry"))).isEqualTo(first);
    }

    @Test
    void aServiceNestedTwoLevelsDeepIsCached() {
        Assistants.Librarian.Archivist archivist = new Assistants.Librarian.Archivist();
        String first = miss(archivist.calls, () -> archivist.find("Odyssey"));
        assertThat(hit(archivist.calls, () -> archivist.find("Odyssey"))).isEqualTo(first);
        // The identity names the class by its binary name, as Class.getName() does.
        String identity = "dev.cachedcompletion.it.invocation.Assistants$Librarian$Archivist#find(java.lang.String)";
        assertThat(CachedCompletions.statistics(identity)).extracting(CompletionStatistics::method, CompletionStatistics::hits, CompletionStatistics::misses,
                        CompletionStatistics::errors).containsExactly(identity, 1L, 1L, 0L);
    }
}
