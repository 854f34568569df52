package dev.cachedcompletion.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.CompletionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented form of the spec opens a store of the right kind. */
class StoreFactoryValidSpecTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "memory", "MEMORY", "  memory  ", "memory?maxBytes=1m&maxEntries=10&ttl=7d", "memory?ttl=PT90M",
        "memory?maxEntries=1_000", "memory?maxBytes=512k", "memory?maxBytes=1g&ttl=250ms",
    })
    void memorySpecsOpen(String spec) {
        try (CompletionStore store = StoreFactory.open(spec, "test")) {
            assertThat(store).isInstanceOf(dev.cachedcompletion.spi.ObjectKeepingStore.class);
            assertThat(store.describe()).isEqualTo(spec.trim());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "NONE", " none "})
    void noneSpecsOpen(String spec) {
        try (CompletionStore store = StoreFactory.open(spec, "test")) {
            assertThat(store.describe()).isEqualTo("none");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?busyTimeout=200ms&ttl=1h", "?ttl=30s", "?lease=2m", "?lease=off"})
    void sqliteSpecsOpen(String options) {
        Path file = dir.resolve("cache.db");
        try (CompletionStore store = StoreFactory.open("sqlite:" + file + options, "test")) {
            assertThat(store.describe()).isEqualTo("sqlite:" + file);
        }
    }

    @Test
    void sqliteSpecOpensEvenWhenTheFileCannotBeCreatedYet() throws Exception {
        // Storage trouble is reported per call (as a miss), not as a configuration error.
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        try (CompletionStore store = StoreFactory.open("sqlite:" + notADirectory.resolve("cache.db"), "test")) {
            assertThat(store.describe()).startsWith("sqlite:");
        }
    }
}
