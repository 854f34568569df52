package dev.cachedcompletion.it.key;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two methods never share an entry, even when their arguments are equal (Spring's SimpleKey does). */
class MethodIdentityTest {

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void overloadsWithEqualLookingArgumentsKeepTheirOwnEntries() {
        OverloadService service = new OverloadService();
        for (int round = 0; round < 2; round++) {
            assertThat(service.describe(1)).isEqualTo("int 1");
            assertThat(service.describe(Integer.valueOf(1))).isEqualTo("Integer 1");
            assertThat(service.describe(1L)).isEqualTo("long 1");
            assertThat(service.describe("1")).isEqualTo("String 1");
            assertThat(service.describe(List.of("1"))).isEqualTo("List [1]");
            // The first round runs each overload once; the second is all hits.
            assertThat(service.calls).hasValue(5);
        }
    }

    @Test
    void twoMethodsWithEqualArgumentsKeepTheirOwnEntries() {
        TextService service = new TextService();
        assertThat(miss(service.calls, () -> service.summarize("text"))).isEqualTo("summary of text");
        assertThat(miss(service.calls, () -> service.translate("text"))).isEqualTo("translation of text");
        assertThat(hit(service.calls, () -> service.summarize("text"))).isEqualTo("summary of text");
        assertThat(hit(service.calls, () -> service.translate("text"))).isEqualTo("translation of text");
    }
}
