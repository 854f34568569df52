package dev.cachedcompletion.it.store;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.CachedCompletions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** useConfiguredStore() goes back to the cachedcompletion.store property, read again at the next call. */
class ConfiguredStoreTest {

    private static final String PROPERTY = "cachedcompletion.store";

    private final CountingService service = new CountingService();

    @AfterEach
    void restore() {
        System.clearProperty(PROPERTY);
        CachedCompletions.useStore("memory");
    }

    @Test
    void thePropertyIsReadAgain() {
        System.setProperty(PROPERTY, "none");
        CachedCompletions.useConfiguredStore();
        miss(service.calls, () -> service.answer(1));
        miss(service.calls, () -> service.answer(1));

        System.setProperty(PROPERTY, "memory?maxEntries=5");
        CachedCompletions.useConfiguredStore();
        miss(service.calls, () -> service.answer(1));
        hit(service.calls, () -> service.answer(1));
    }

    @Test
    void aWrongPropertyRefusesEveryCallUntilTheStoreIsSetAgain() {
        System.setProperty(PROPERTY, "sqlite:");
        CachedCompletions.useConfiguredStore();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> service.answer(1))
                    .isInstanceOf(CacheConfigurationException.class)
                    .hasMessageContaining("-D" + PROPERTY + "=\"sqlite:\"")
                    .hasMessageContaining("Valid forms");
        }
        assertThat(service.calls).hasValue(0);

        CachedCompletions.useStore("memory");
        miss(service.calls, () -> service.answer(1));
    }
}
