package dev.cachedcompletion.reliability.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3, "corrupt file, a file that is not SQLite, a file from a newer schema version": calls
 * get the model's answer, one warning says what is wrong with which file and what to do, and the
 * file is neither deleted nor written: its bytes are the same afterwards.
 */
class DamagedFileTest {

    private static final int SEEDED = 300;
    private static final int NEW_CALLS = 30;
    private static final int PAGE = 4096;

    @TempDir
    Path dir;

    private final AnswerService service = new AnswerService();

    @AfterEach
    void backToConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    @Test
    void corruptCacheFileIsReportedAndNeverWritten() throws Exception {
        Path file = dir.resolve("corrupt.db");
        Cache.useSqlite(file);
        for (int i = 0; i < SEEDED; i++) {
            service.answer("seeded-" + i, 500);
        }
        CachedCompletions.useStore("memory"); // closes it: everything is in the main file
        int pages = garbleMiddleThird(file);

        String warning = assertCallsSucceedAndFileIsUntouched(file, SEEDED);
        assertThat(warning).contains("damaged", "left untouched");
        System.out.printf("[sqlite] corrupt file (pages %d-%d of %d garbled): %d calls answered, 1 warning, bytes"
                + " unchanged: %s%n", pages / 3 + 1, 2 * pages / 3, pages, SEEDED + NEW_CALLS, warning);
    }

    @Test
    void fileThatIsNotSqliteIsReportedAndNeverWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.db"), "my notes, not a database\n".repeat(200));

        String warning = assertCallsSucceedAndFileIsUntouched(file, 0);
        assertThat(warning).contains("not a SQLite database", "left untouched");
        System.out.printf("[sqlite] not a SQLite file: %d calls answered, 1 warning, bytes unchanged: %s%n",
                NEW_CALLS, warning);
    }

    @Test
    void fileOfANewerSchemaIsReportedAndNeverWritten() throws Exception {
        Path file = dir.resolve("newer.db");
        try (Connection c = RawSqlite.open(file); Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + 0x43436331); // ours ("CCc1")
            s.execute("PRAGMA user_version = 2");                 // but a schema this version does not know
            s.execute("CREATE TABLE cached_completion_v2 (key BLOB PRIMARY KEY, value BLOB)");
            s.execute("INSERT INTO cached_completion_v2 VALUES (x'01', x'02')");
        }

        String warning = assertCallsSucceedAndFileIsUntouched(file, 0);
        assertThat(warning).contains("newer", "left untouched");
        System.out.printf("[sqlite] newer schema: %d calls answered, 1 warning, bytes unchanged: %s%n",
                NEW_CALLS, warning);
    }

    /**
     * Calls the seeded prompts and new ones against {@code file}; returns the single warning.
     * Closes the store before comparing bytes, so that nothing still pending can be written later.
     */
    private String assertCallsSucceedAndFileIsUntouched(Path file, int seeded) throws Exception {
        byte[] before = Files.readAllBytes(file);
        Cache.endFailureStreaks(service);
        try (CapturedLog log = new CapturedLog()) {
            Cache.useSqlite(file);
            for (int i = 0; i < seeded; i++) {
                assertThat(service.answer("seeded-" + i, 500)).isEqualTo(AnswerService.expected("seeded-" + i, 500));
            }
            for (int i = 0; i < NEW_CALLS; i++) {
                assertThat(service.answer("new-" + i, 64)).isEqualTo(AnswerService.expected("new-" + i, 64));
            }
            CachedCompletions.useStore("memory");

            assertThat(changedPages(before, Files.readAllBytes(file))).as("changed pages of %s", file).isEmpty();
            assertThat(log.warnings()).as("warnings").singleElement().asString().contains(file.toString());
            return log.warnings().get(0);
        }
    }

    /** The numbers (from 1) of the pages that differ, plus "size" if the length changed: short, unlike a byte dump. */
    private static List<String> changedPages(byte[] before, byte[] after) {
        List<String> changed = new ArrayList<>();
        if (before.length != after.length) {
            changed.add("size " + before.length + " -> " + after.length);
        }
        for (int page = 0; page * PAGE < Math.min(before.length, after.length); page++) {
            int from = page * PAGE;
            int to = Math.min(from + PAGE, Math.min(before.length, after.length));
            if (!Arrays.equals(before, from, to, after, from, to)) {
                changed.add("page " + (page + 1));
            }
        }
        return changed;
    }

    /** Overwrites the middle third of the pages with noise; page 1, the header, stays intact. */
    private static int garbleMiddleThird(Path file) throws Exception {
        int pages = (int) (Files.size(file) / PAGE);
        assertThat(pages).as("pages of the seeded file").isGreaterThan(9);
        byte[] noise = new byte[PAGE];
        Random random = new Random(42);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int page = pages / 3; page < 2 * pages / 3; page++) {
                random.nextBytes(noise);
                raf.seek((long) page * PAGE);
                raf.write(noise);
            }
        }
        return pages;
    }
}
