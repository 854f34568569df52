package dev.cachedcompletion.it.values;

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

/** A whole document as the prompt: it hits, and its last character still counts. */
class LargePromptTest {

    private static final int FOUR_MEGA_CHARS = 4 << 20;

    @TempDir
    Path dir;

    private final LargePromptService service = new LargePromptService();

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aFourMegabytePromptHits(StoreKind store) {
        store.useFresh(dir);
        String document = document();
        String first = miss(service.calls, () -> service.summarize(document));
        // An equal copy, not the same instance: the key compares content.
        assertThat(hit(service.calls, () -> service.summarize(new String(document.toCharArray())))).isEqualTo(first);

        String lastCharChanged = document.substring(0, document.length() - 1) + "!";
        miss(service.calls, () -> service.summarize(lastCharChanged));
    }

    private static String document() {
        StringBuilder sb = new StringBuilder(FOUR_MEGA_CHARS);
        for (int i = 0; sb.length() < FOUR_MEGA_CHARS; i++) {
            sb.append("paragraph ").append(i).append(": lorem ipsum 漢字 ✓\n");
        }
        sb.setLength(FOUR_MEGA_CHARS);
        return sb.toString();
    }
}
