package dev.cachedcompletion.it.outcome;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.it.StoreKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** null is returned but never cached: the next call asks the model again. */
class NullResultTest {

    @TempDir
    Path dir;

    private final NullableService service = new NullableService();

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void nullIsNotCachedButTheNextAnswerIs(StoreKind store) {
        store.useFresh(dir);
        assertThat(miss(service.calls, () -> service.answer("q"))).isNull();
        assertThat(miss(service.calls, () -> service.answer("q"))).isNull();
        service.nextAnswer = "yes";
        assertThat(miss(service.calls, () -> service.answer("q"))).isEqualTo("yes");
        service.nextAnswer = null;
        assertThat(hit(service.calls, () -> service.answer("q"))).isEqualTo("yes");
    }
}
