package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.testing.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3, "read-only file": a cache file nobody may write (made immutable with {@code chattr +i},
 * since root ignores permission bits) still serves its entries; new calls get the model's answer;
 * one warning; caching resumes once the file is writable again.
 */
class ReadOnlyFileTest {

    private static final int CALLS = 20;

    @TempDir
    Path dir;

    @Test
    void readOnlyFileServesItsEntriesWarnsOnceAndCachingResumesWhenWritable() throws Exception {
        Path file = dir.resolve("readonly.db");
        AnswerService service = new AnswerService();
        CacheSteps.useSqlite(file);
        service.answer("stored-before", 64);
        CacheSteps.endFailureStreaks(service); // also closes the file: no WAL is left beside it
        assumeTrue(Shell.run("chattr", "+i", file.toString()) == 0,
                "skipped: needs root and a file system where 'chattr +i' makes a file read-only even for root");
        try (CapturedLog log = new CapturedLog()) {
            CacheSteps.useSqlite(file);
            int before = service.modelCalls();
            assertThat(service.answer("stored-before", 64)).isEqualTo(AnswerService.expected("stored-before", 64));
            assertThat(service.modelCalls()).as("a stored entry is still a hit").isEqualTo(before);

            for (int i = 0; i < CALLS; i++) {
                String prompt = "while-read-only-" + i;
                assertThat(service.answer(prompt, 64)).isEqualTo(AnswerService.expected(prompt, 64));
            }
            assertThat(service.modelCalls() - before).isEqualTo(CALLS);
            assertThat(log.warnings()).as("warnings while read-only").singleElement().asString()
                    .contains(file.toString(), "readonly");

            Shell.require("chattr", "-i", file.toString());
            Duration recovery = CacheSteps.awaitCaching(service, "after-writable-");
            assertThat(log.infos()).anySatisfy(m -> assertThat(m).contains("works again", file.toString()));
            System.out.printf("[sqlite] read-only file (chattr +i): stored entry still a hit, %d calls answered,"
                    + " %d warning line; caching resumed %d ms after it became writable%n",
                    CALLS, log.warnings().size(), recovery.toMillis());
        } finally {
            Shell.run("chattr", "-i", file.toString()); // or the temporary directory cannot be deleted
            CachedCompletions.useConfiguredStore();
        }
        assertThat(Files.exists(file)).isTrue();
    }
}
