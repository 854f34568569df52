package dev.cachedcompletion.reliability.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cachedcompletion.CachedCompletions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3, "credentials": the cache file and its WAL and shared-memory files are readable by their
 * owner only, and the prompt — which may hold anything the user typed — is not in their bytes.
 */
class FileSecrecyTest {

    @TempDir
    Path dir;

    @AfterEach
    void backToConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    @Test
    void fileWalAndShmAreOwnerOnlyAndHoldNoPromptText() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "skipped: no POSIX permissions");
        Path file = dir.resolve("new-directory/secret.db");
        Path wal = Path.of(file + "-wal");
        Path shm = Path.of(file + "-shm");
        String prompt = "my card number is " + UUID.randomUUID();
        String answer = AnswerService.expected(prompt, 200);
        AnswerService service = new AnswerService();

        CacheSteps.useSqlite(file);
        assertThat(service.answer(prompt, 200)).isEqualTo(answer);
        assertThat(service.answer(prompt, 200)).isEqualTo(answer);
        assertThat(service.modelCalls()).as("the second call was a hit, so the entry is in the files").isEqualTo(1);

        // While the store is open the entry is in the WAL; all three files exist.
        for (Path p : new Path[] {file, wal, shm}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as("mode of %s", p)
                    .isEqualTo("rw-------");
        }
        assertSecretAbsentButAnswerPresent(prompt, answer, file, wal);

        CachedCompletions.useStore("memory"); // closing checkpoints the WAL into the file
        assertSecretAbsentButAnswerPresent(prompt, answer, file, wal);
        System.out.printf("[sqlite] file, -wal and -shm created rw-------; the prompt is in none of their bytes,"
                + " the answer is (store open, and after the checkpoint at close)%n");
    }

    /** The answer is looked for too: a search that cannot find what is there would prove nothing. */
    private static void assertSecretAbsentButAnswerPresent(String prompt, String answer, Path... files)
            throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path p : files) {
            if (Files.exists(p)) {
                all.write(Files.readAllBytes(p));
            }
        }
        String bytes = new String(all.toByteArray(), StandardCharsets.ISO_8859_1); // one char per byte
        assertThat(bytes).doesNotContain(latin1(prompt)).doesNotContain(latin1(prompt.substring(prompt.length() - 36)));
        assertThat(bytes).contains(latin1(answer));
    }

    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
