package dev.cachedcompletion.reliability.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #3, "corrupt file, a file that is not SQLite, a file from a newer schema version": calls
 * get the model's answer, one warning says what is wrong with which file and what to do, and the
 * file is neither deleted nor written: its bytes are the same afterwards.
 */
class DamagedFileTest {

    private static final int SEEDED = 300;
    private static final int NEW_CALLS = 30;
    private static final int PAGE = 4096;
    private static final int LONG_SEEDED = 40;
    /** Long enough to need a chain of overflow pages. */
    private static final int LONG = 10_000;
    /** SqliteStore.RECHECK_AFTER: a refused file gets a second look at most once per second. */
    private static final long RECHECK_MILLIS = 1_000;

    @TempDir
    Path dir;

    private final AnswerService service = new AnswerService();

    @AfterEach
    void backToConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    /**
     * One page of noise, as a torn write or a bad copy leaves it, in the table or in its index. The
     * new prompts are called first: most of them would be stored in sound pages, so only a check at
     * open keeps the file unwritten.
     */
    @ParameterizedTest(name = "a leaf page of {0}")
    @ValueSource(strings = {"cached_completion", "cached_completion_method"})
    void corruptCacheFileIsReportedAndNeverWritten(String btree) throws Exception {
        Path file = dir.resolve("corrupt.db");
        Cache.useSqlite(file);
        for (int i = 0; i < SEEDED; i++) {
            service.answer("seeded-" + i, 500);
        }
        CachedCompletions.useStore("memory"); // closes it: everything is in the main file
        int page = garbleMiddleLeaf(file, btree);

        String warning = assertCallsSucceedAndFileIsUntouched(file, SEEDED);
        assertThat(warning).contains("damaged", "left untouched");
        System.out.printf("[sqlite] corrupt file (page %d of %s garbled): %d calls answered, 1 warning, bytes"
                + " unchanged: %s%n", page, btree, SEEDED + NEW_CALLS, warning);
    }

    /**
     * Damage the check at open does not read (the overflow pages of a long answer are read with
     * their entry only) is found when its entry is read; from then on nothing is written to the file,
     * not even after the interval in which the store takes a second look at a refused file.
     */
    @Test
    void damageFoundInUseStopsEveryWriteToTheFile() throws Exception {
        Path file = dir.resolve("overflow.db");
        Cache.useSqlite(file);
        for (int i = 0; i < LONG_SEEDED; i++) {
            service.answer("long-" + i, LONG);
        }
        CachedCompletions.useStore("memory");
        int page = garbleFirstOverflowPage(file);
        byte[] before = Files.readAllBytes(file);
        Cache.endFailureStreaks(service);

        int foundAt = -1;
        try (CapturedLog log = new CapturedLog()) {
            Cache.useSqlite(file);
            for (int i = 0; i < LONG_SEEDED; i++) {
                assertThat(service.answer("long-" + i, LONG)).isEqualTo(AnswerService.expected("long-" + i, LONG));
                foundAt = foundAt < 0 && !log.warnings().isEmpty() ? i : foundAt;
            }
            Thread.sleep(RECHECK_MILLIS + 200);
            for (int i = 0; i < NEW_CALLS; i++) {
                assertThat(service.answer("new-" + i, 64)).isEqualTo(AnswerService.expected("new-" + i, 64));
            }
            CachedCompletions.useStore("memory");

            assertThat(foundAt).as("index of the call that read the damaged entry").isNotNegative();
            assertThat(changedPages(before, Files.readAllBytes(file))).as("changed pages of %s", file).isEmpty();
            assertThat(log.warnings()).as("warnings").singleElement().asString().contains(file.toString(), "damaged");
        }
        System.out.printf("[sqlite] damage found in use (overflow page %d): found by call %d of %d, then %d new"
                + " calls after a %d ms pause; nothing written to the file%n",
                page, foundAt + 1, LONG_SEEDED, NEW_CALLS, RECHECK_MILLIS + 200);
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
            for (int i = 0; i < NEW_CALLS; i++) {
                assertThat(service.answer("new-" + i, 64)).isEqualTo(AnswerService.expected("new-" + i, 64));
            }
            for (int i = 0; i < seeded; i++) {
                assertThat(service.answer("seeded-" + i, 500)).isEqualTo(AnswerService.expected("seeded-" + i, 500));
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

    /**
     * Overwrites the first overflow page of a chain of several with noise, so that its pointer to
     * the next page is garbage, which SQLite reports as corruption when the value is read.
     */
    private static int garbleFirstOverflowPage(Path file) throws Exception {
        List<Integer> firsts = new ArrayList<>();
        try (Connection c = RawSqlite.open(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pageno FROM dbstat WHERE pagetype = 'overflow'"
                        + " AND path LIKE '%+000000' ORDER BY pageno")) {
            while (rs.next()) {
                firsts.add(rs.getInt(1));
            }
        }
        assertThat(firsts).as("overflow chains").hasSizeGreaterThan(2);
        int page = firsts.get(firsts.size() / 2);
        garble(file, page);
        return page;
    }

    /** Overwrites the middle leaf page of {@code btree} with noise; returns its number (from 1). */
    private static int garbleMiddleLeaf(Path file, String btree) throws Exception {
        List<Integer> leaves = new ArrayList<>();
        try (Connection c = RawSqlite.open(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pageno FROM dbstat WHERE name = '" + btree
                        + "' AND pagetype = 'leaf' ORDER BY pageno")) {
            while (rs.next()) {
                leaves.add(rs.getInt(1));
            }
        }
        assertThat(leaves).as("leaf pages of %s", btree).hasSizeGreaterThan(2);
        int page = leaves.get(leaves.size() / 2);
        garble(file, page);
        return page;
    }

    private static void garble(Path file, int page) throws Exception {
        byte[] noise = new byte[PAGE];
        new Random(page).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((long) (page - 1) * PAGE);
            raf.write(noise);
        }
    }
}
