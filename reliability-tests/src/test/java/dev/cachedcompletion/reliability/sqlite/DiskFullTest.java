package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.testing.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cachedcompletion.CachedCompletions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3, "database full": on a real, full file system (a small tmpfs, so writes fail with
 * ENOSPC) calls still get the model's answer and entries already stored are still served; the log
 * says so once, not once per call; caching resumes as soon as there is room again.
 */
class DiskFullTest {

    private static final int CALLS = 30;

    @TempDir
    Path dir;

    @Test
    void callsSucceedWhileTheDiskIsFullWarnOnceAndCachingResumesWithRoom() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("small-disk"));
        assumeTrue(Shell.run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString()) == 0,
                "skipped: needs root and 'mount -t tmpfs' to make a file system that really fills up");
        AnswerService service = new AnswerService();
        CacheSteps.endFailureStreaks(service);
        Path file = mount.resolve("cache.db");
        Path filler = mount.resolve("filler");
        try (CapturedLog log = new CapturedLog()) {
            CacheSteps.useSqlite(file);
            service.answer("stored-before", 64);
            fillUp(filler);
            int before = service.modelCalls();
            long errorsBefore = CachedCompletions.statistics(AnswerService.METHOD).errors();

            for (int i = 0; i < CALLS; i++) {
                String prompt = "while-full-" + i;
                assertThat(service.answer(prompt, 8_000)).isEqualTo(AnswerService.expected(prompt, 8_000));
            }
            assertThat(service.answer("stored-before", 64)).isEqualTo(AnswerService.expected("stored-before", 64));

            assertThat(service.modelCalls() - before).as("model calls while full: one per new prompt").isEqualTo(CALLS);
            assertThat(log.warnings()).as("warnings while full").singleElement().asString()
                    .contains(file.toString(), "full");
            long errors = CachedCompletions.statistics(AnswerService.METHOD).errors() - errorsBefore;

            Files.delete(filler);
            Duration recovery = CacheSteps.awaitCaching(service, "after-room-");
            assertThat(log.infos()).anySatisfy(m -> assertThat(m).contains("works again", file.toString()));
            System.out.printf("[sqlite] disk full (tmpfs, ENOSPC): %d calls answered, %d store errors absorbed,"
                    + " %d warning line; caching resumed %d ms after space was freed%n",
                    CALLS, errors, log.warnings().size(), recovery.toMillis());
        } finally {
            CachedCompletions.useConfiguredStore(); // closes the file, or the unmount is refused
            Shell.require("umount", mount.toString());
        }
    }

    /** Writes until the file system refuses: ENOSPC, the real thing. */
    private static void fillUp(Path filler) {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full).hasMessageContaining("No space left on device");
        }
    }
}
