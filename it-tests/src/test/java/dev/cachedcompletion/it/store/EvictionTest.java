package dev.cachedcompletion.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import org.junit.jupiter.api.Test;

/** A bounded memory store holds no more entries than its bound. */
class EvictionTest {

    private final CountingService service = new CountingService();

    @Test
    void aStoreBoundedToTenEntriesForgetsAllButTen() {
        CachedCompletions.useStore("memory?maxEntries=10");
        callEachOnce(100);
        assertThat(service.calls).hasValue(100);
        // At most ten of the hundred answers can still be stored, so at least ninety run again. Which
        // ten survive is Caffeine's admission policy (W-TinyLFU keeps some early keys and drops some
        // late ones), so the test asserts the bound, not the victims.
        callEachOnce(100);
        assertThat(service.calls.get() - 100).isGreaterThanOrEqualTo(90);
    }

    @Test
    void anUnboundedStoreKeepsAllHundred() {
        CachedCompletions.useStore("memory");
        callEachOnce(100);
        callEachOnce(100);
        assertThat(service.calls).hasValue(100);
    }

    private void callEachOnce(int questions) {
        for (int i = 0; i < questions; i++) {
            service.answer(i);
        }
    }
}
