package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.testing.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3, "unwritable directory": the file's directory cannot be created (a regular file stands
 * where it should be; root ignores permission bits, not this). Calls get the model's answer, one
 * warning names the file, and caching starts once the directory exists.
 */
class UnwritableDirectoryTest {

    private static final int CALLS = 20;

    @TempDir
    Path dir;

    @AfterEach
    void backToConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    @Test
    void callsSucceedWithoutTheDirectoryWarnOnceAndCachingStartsOnceItExists() throws Exception {
        Path blocker = Files.writeString(dir.resolve("cache"), "a file where the cache directory should be");
        Path file = blocker.resolve("completions.db");
        AnswerService service = new AnswerService();
        CacheSteps.endFailureStreaks(service);
        try (CapturedLog log = new CapturedLog()) {
            CacheSteps.useSqlite(file);
            for (int i = 0; i < CALLS; i++) {
                String prompt = "no-directory-" + i;
                assertThat(service.answer(prompt, 64)).isEqualTo(AnswerService.expected(prompt, 64));
            }
            assertThat(service.modelCalls()).isEqualTo(1 + CALLS); // + the streak breaker
            assertThat(log.warnings()).as("warnings without a directory").singleElement().asString()
                    .contains(file.toString());
            assertThat(Files.readString(blocker)).as("the file in the way is left alone")
                    .isEqualTo("a file where the cache directory should be");

            Files.delete(blocker);
            Files.createDirectory(blocker);
            Duration recovery = CacheSteps.awaitCaching(service, "after-mkdir-");
            assertThat(log.infos()).anySatisfy(m -> assertThat(m).contains("works again", file.toString()));
            System.out.printf("[sqlite] unwritable directory: %d calls answered, %d warning line: %s%n"
                    + "[sqlite] caching started %d ms after the directory was created%n",
                    CALLS, log.warnings().size(), log.warnings().get(0), recovery.toMillis());
        }
    }
}
