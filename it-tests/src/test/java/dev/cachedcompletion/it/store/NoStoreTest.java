package dev.cachedcompletion.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code none} turns caching off: the body runs on every call. */
class NoStoreTest {

    private final CountingService service = new CountingService();

    @AfterEach
    void backToMemory() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void everyCallRunsTheBody() {
        CachedCompletions.useStore("none");
        assertThat(service.answer(7)).isEqualTo("answer #1 to 7");
        assertThat(service.answer(7)).isEqualTo("answer #2 to 7");
        assertThat(service.answer(7)).isEqualTo("answer #3 to 7");
    }
}
