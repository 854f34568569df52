package dev.cachedcompletion.it.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.it.store.CountingService;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong store spec fails loudly, saying which setting, which value and what would be valid. */
class ConfigurationErrorTest {

    @TempDir
    Path dir;

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void aWrongPropertyFailsTheCachedCallWithoutCallingTheModel() throws Exception {
        ForkedJvm.Result result = ForkedJvm.callForkService(dir, "bogus:x", "q");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stdout()).contains("calls=0").doesNotContain("answer=");
        assertThat(result.stderr())
                .contains(CacheConfigurationException.class.getName())
                .contains("cachedcompletion.store")
                .contains("\"bogus:x\"")
                .contains("Valid forms");
    }

    @Test
    void useStoreRejectsAWrongSpecAtOnceAndKeepsTheCurrentStore() {
        CountingService service = new CountingService();
        String cached = service.answer(1);

        assertThatThrownBy(() -> CachedCompletions.useStore("memory?maxBytes=lots"))
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("cachedcompletion.store")
                .hasMessageContaining("maxBytes=lots")
                .hasMessageContaining("Valid forms");

        assertThat(service.answer(1)).isEqualTo(cached);
        assertThat(service.calls).hasValue(1);
    }
}
