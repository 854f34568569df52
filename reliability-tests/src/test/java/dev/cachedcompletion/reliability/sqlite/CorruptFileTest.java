package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.testing.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #3, "corrupt file": one page of noise, as a torn write or a bad copy leaves it. Calls get
 * the model's answer, one warning says the file is damaged and what to do, and nothing is written
 * to the file from then on. Pages are chosen with SQLite's {@code dbstat} table, so each case damages what it says.
 */
class CorruptFileTest {

    private static final int PAGE = 4096;
    private static final int SEEDED = 300;
    private static final int LONG_SEEDED = 40;
    /** Long enough to need a chain of overflow pages, deflated (the store deflates long values). */
    private static final int LONG = 24_000;
    /** SqliteFile.RECHECK_AFTER (a refused file gets a second look at most once per second), and some. */
    private static final long PAST_RECHECK_MILLIS = 1_200;

    @TempDir
    Path dir;

    private final AnswerService service = new AnswerService();

    @AfterEach
    void backToConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    /**
     * A leaf page of the table or of its key index. Opening reads no entry (the first call of a
     * process must not scan the file), so the damage is found by the sweeper's read of every page,
     * about a second after the first call. The calls until then only read, and a damaged file is never
     * written: after the warning, new prompts are answered by the model and not stored, even past the
     * interval in which the store takes a second look at a refused file.
     */
    @ParameterizedTest(name = "a leaf page of {0}")
    @ValueSource(strings = {"cc_entry", "cc_entry_key"})
    void damagedPageIsFoundInTheBackgroundAndTheFileNeverWritten(String btree) throws Exception {
        Path file = dir.resolve("corrupt.db");
        seed(file, SEEDED, UntouchedFile.SEEDED_LENGTH);
        int page = garble(file, pages(file, "name = '" + btree + "' AND pagetype = 'leaf'"));
        byte[] before = Files.readAllBytes(file);
        CacheSteps.endFailureStreaks(service);

        int readsUntilFound = 0;
        try (CapturedLog log = new CapturedLog()) {
            CacheSteps.useSqlite(file);
            long deadline = System.nanoTime() + CacheSteps.RECOVERY_DEADLINE.toNanos();
            while (log.warnings().isEmpty() && System.nanoTime() - deadline < 0) {
                String prompt = "seeded-" + (readsUntilFound++ % SEEDED);
                assertThat(service.answer(prompt, UntouchedFile.SEEDED_LENGTH))
                        .isEqualTo(AnswerService.expected(prompt, UntouchedFile.SEEDED_LENGTH));
                Thread.sleep(5);
            }
            for (int i = 0; i < UntouchedFile.NEW_CALLS; i++) {
                assertThat(service.answer("new-" + i, 64)).isEqualTo(AnswerService.expected("new-" + i, 64));
            }
            Thread.sleep(PAST_RECHECK_MILLIS);
            assertThat(service.answer("new-after-recheck", 64)).isEqualTo(AnswerService.expected("new-after-recheck", 64));
            CachedCompletions.useStore("memory");

            UntouchedFile.assertUnchanged(file, before);
            assertThat(log.warnings()).as("warnings").singleElement().asString()
                    .contains(file.toString(), "damaged", "left untouched");
        }
        System.out.printf("[sqlite] corrupt file (page %d, a leaf of %s, garbled): found after %d reads (in the"
                + " background), then %d new calls answered and not stored; bytes unchanged%n",
                page, btree, readsUntilFound, UntouchedFile.NEW_CALLS + 1);
    }

    /**
     * An overflow page of a long answer, which the check at open does not read: the damage is
     * found when that entry is read, and from then on nothing is written to the file, not even after
     * the interval in which the store takes a second look at a refused file.
     */
    @Test
    void damageFoundInUseStopsEveryWriteToTheFile() throws Exception {
        Path file = dir.resolve("overflow.db");
        seed(file, LONG_SEEDED, LONG);
        // The first page of a chain: its pointer to the next page becomes garbage, which SQLite reports.
        int page = garble(file, pages(file, "pagetype = 'overflow' AND path LIKE '%+000000'"));
        byte[] before = Files.readAllBytes(file);
        CacheSteps.endFailureStreaks(service);

        int foundAt = -1;
        try (CapturedLog log = new CapturedLog()) {
            CacheSteps.useSqlite(file);
            for (int i = 0; i < LONG_SEEDED; i++) {
                String prompt = "seeded-" + i;
                assertThat(service.answer(prompt, LONG)).isEqualTo(AnswerService.expected(prompt, LONG));
                foundAt = foundAt < 0 && !log.warnings().isEmpty() ? i : foundAt;
            }
            Thread.sleep(PAST_RECHECK_MILLIS);
            for (int i = 0; i < UntouchedFile.NEW_CALLS; i++) {
                assertThat(service.answer("new-" + i, 64)).isEqualTo(AnswerService.expected("new-" + i, 64));
            }
            CachedCompletions.useStore("memory");

            assertThat(foundAt).as("index of the call that read the damaged entry").isNotNegative();
            UntouchedFile.assertUnchanged(file, before);
            assertThat(log.warnings()).as("warnings").singleElement().asString().contains(file.toString(), "damaged");
        }
        System.out.printf("[sqlite] damage found in use (overflow page %d): found by call %d of %d, then %d new"
                + " calls after a %d ms pause; nothing written to the file%n",
                page, foundAt + 1, LONG_SEEDED, UntouchedFile.NEW_CALLS, PAST_RECHECK_MILLIS);
    }

    /** Stores "seeded-i" answers in a new file and closes it, so that everything is in the main file. */
    private void seed(Path file, int count, int length) {
        CacheSteps.useSqlite(file);
        for (int i = 0; i < count; i++) {
            service.answer("seeded-" + i, length);
        }
        CachedCompletions.useStore("memory");
    }

    /** The numbers of the pages {@code dbstat} lists under {@code condition}. */
    private static List<Integer> pages(Path file, String condition) throws Exception {
        List<Integer> pages = new ArrayList<>();
        try (Connection c = RawSqlite.open(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pageno FROM dbstat WHERE " + condition + " ORDER BY pageno")) {
            while (rs.next()) {
                pages.add(rs.getInt(1));
            }
        }
        assertThat(pages).as("pages where %s", condition).hasSizeGreaterThan(2);
        return pages;
    }

    /** Overwrites the middle one of {@code pages} with noise; returns its number (from 1). */
    private static int garble(Path file, List<Integer> pages) throws Exception {
        int page = pages.get(pages.size() / 2);
        byte[] noise = new byte[PAGE];
        new Random(page).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((long) (page - 1) * PAGE);
            raf.write(noise);
        }
        return page;
    }
}
