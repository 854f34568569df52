package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.testing.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The check the refused-file tests share: calls succeed, one warning, and not one byte of the file changes. */
final class UntouchedFile {

    static final int NEW_CALLS = 30;
    /** Answer length of the "seeded-i" prompts a test stored before it damaged the file. */
    static final int SEEDED_LENGTH = 500;
    private static final int PAGE = 4096;

    private UntouchedFile() {
    }

    /**
     * Calls new prompts, then {@code seeded} stored ones, against {@code file}; asserts every answer
     * is the model's, that one warning names the file, and that the file's bytes did not change.
     * Closes the store before comparing, so that nothing pending can be written later. Returns the warning.
     */
    static String assertCallsSucceedAndFileIsUntouched(AnswerService service, Path file, int seeded) throws Exception {
        byte[] before = Files.readAllBytes(file);
        CacheSteps.endFailureStreaks(service);
        try (CapturedLog log = new CapturedLog()) {
            CacheSteps.useSqlite(file);
            for (int i = 0; i < NEW_CALLS; i++) {
                assertThat(service.answer("new-" + i, 64)).isEqualTo(AnswerService.expected("new-" + i, 64));
            }
            for (int i = 0; i < seeded; i++) {
                String prompt = "seeded-" + i;
                assertThat(service.answer(prompt, SEEDED_LENGTH)).isEqualTo(AnswerService.expected(prompt, SEEDED_LENGTH));
            }
            CachedCompletions.useStore("memory");

            assertUnchanged(file, before);
            assertThat(log.warnings()).as("warnings").singleElement().asString().contains(file.toString());
            return log.warnings().get(0);
        }
    }

    static void assertUnchanged(Path file, byte[] before) throws Exception {
        assertThat(changedPages(before, Files.readAllBytes(file))).as("changed pages of %s", file).isEmpty();
    }

    /** The numbers (from 1) of the pages that differ, and the sizes if they differ: short, unlike a byte dump. */
    private static List<String> changedPages(byte[] before, byte[] after) {
        List<String> changed = new ArrayList<>();
        if (before.length != after.length) {
            changed.add("size " + before.length + " -> " + after.length);
        }
        int common = Math.min(before.length, after.length);
        for (int from = 0; from < common; from += PAGE) {
            int to = Math.min(from + PAGE, common);
            if (!Arrays.equals(before, from, to, after, from, to)) {
                changed.add("page " + (from / PAGE + 1));
            }
        }
        return changed;
    }
}
