package dev.cachedcompletion.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.spi.CompletionStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the store in use is chosen and replaced. Sets the system property only inside each test. */
class StoreSelectionTest {

    private String savedProperty;

    @BeforeEach
    void saveProperty() {
        savedProperty = System.getProperty(StoreFactory.PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (savedProperty == null) {
            System.clearProperty(StoreFactory.PROPERTY);
        } else {
            System.setProperty(StoreFactory.PROPERTY, savedProperty);
        }
    }

    @Test
    void malformedPropertyFailsEveryCallUntilAStoreIsSetInCode() {
        System.setProperty(StoreFactory.PROPERTY, "memory?maxEntries=0");
        StoreSelection selection = new StoreSelection();

        // Every call, not just the first, so a misconfiguration cannot hide behind one logged error.
        for (int call = 0; call < 2; call++) {
            assertThatThrownBy(selection::current).isInstanceOf(CacheConfigurationException.class)
                    .hasMessageStartingWith("-Dcachedcompletion.store=\"memory?maxEntries=0\"");
        }

        selection.use("none");
        assertThat(selection.current().describe()).isEqualTo("none");
    }

    @Test
    void propertyIsReadAgainAfterReset() {
        System.setProperty(StoreFactory.PROPERTY, "none");
        StoreSelection selection = new StoreSelection();
        assertThat(selection.current().describe()).isEqualTo("none");

        System.setProperty(StoreFactory.PROPERTY, "memory?maxEntries=5");
        assertThat(selection.current().describe()).as("read once, not per call").isEqualTo("none");
        selection.reset();
        assertThat(selection.current().describe()).isEqualTo("memory?maxEntries=5");
    }

    @Test
    void malformedSpecSetInCodeFailsAtOnceAndKeepsTheCurrentStore() {
        StoreSelection selection = new StoreSelection();
        selection.use("none");

        assertThatThrownBy(() -> selection.use("memory?ttl=soon")).isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("memory?ttl=soon").hasMessageContaining("Valid forms");
        assertThat(selection.current().describe()).isEqualTo("none");
    }

    @Test
    void replacingTheStoreClosesThePreviousOne(@TempDir Path dir) {
        StoreSelection selection = new StoreSelection();
        CompletionStore sqlite = StoreFactory.open("sqlite:" + dir.resolve("c.db"), "test");
        selection.use(sqlite);

        selection.use("memory");

        assertThatThrownBy(sqlite::clear).hasMessageContaining("closed");
    }
}
