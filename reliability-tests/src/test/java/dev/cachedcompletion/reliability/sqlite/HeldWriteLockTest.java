package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.testing.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #3, "another connection holds the write lock for seconds": a call waits for it at most the
 * configured {@code busyTimeout} (README: "bounds how long a call waits for another process's
 * write"), then gets the model's answer as a miss. The store is fresh, so the first call also opens
 * and checks the file under the lock.
 */
class HeldWriteLockTest {

    private static final int CALLS = 5;
    /** What a loaded two-core machine may add to a wait; well under the timeouts, so a second wait shows. */
    private static final long SLACK_MILLIS = 300;

    @TempDir
    Path dir;

    private final AnswerService service = new AnswerService();

    @AfterEach
    void backToConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    /** Two timeouts, to show that the bound follows the setting. */
    @ParameterizedTest(name = "busyTimeout={0}ms")
    @ValueSource(ints = {150, 600})
    void callsWaitAtMostTheBusyTimeoutForAWriterThenGetTheModelsAnswer(int busyTimeoutMillis) throws Exception {
        Path file = existingCacheFile();
        try (CapturedLog log = new CapturedLog();
                Connection holder = RawSqlite.open(file); Statement s = holder.createStatement()) {
            s.execute("BEGIN IMMEDIATE"); // the write lock; readers go on (WAL)
            assertLocked(file, "BEGIN IMMEDIATE");

            long longest = longestStall("sqlite:" + file + "?busyTimeout=" + busyTimeoutMillis + "ms", "while-written-");

            assertLocked(file, "BEGIN IMMEDIATE"); // held during every call
            s.execute("ROLLBACK");
            report("write lock held by another connection", busyTimeoutMillis, longest, log, "writing");
        }
        CacheSteps.awaitCaching(service, "after-unlock-");
    }

    /**
     * A connection in exclusive locking mode (which it can only enter while no other connection has
     * the file open) shuts readers out too, so the store's check of the file at open waits as well:
     * still one bounded wait, not one per attempt to open.
     */
    @Test
    void callsWaitAtMostTheBusyTimeoutWhenReadsAreLockedOutToo() throws Exception {
        int busyTimeoutMillis = 400;
        Path file = existingCacheFile();
        try (CapturedLog log = new CapturedLog();
                Connection holder = RawSqlite.open(file); Statement s = holder.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("DELETE FROM cc_entry WHERE key = x'00'"); // takes the lock on the file itself
            assertLocked(file, "SELECT count(*) FROM cc_entry");

            long longest = longestStall("sqlite:" + file + "?busyTimeout=" + busyTimeoutMillis + "ms", "while-locked-out-");

            assertLocked(file, "SELECT count(*) FROM cc_entry");
            s.execute("ROLLBACK");
            report("exclusive lock held by another connection", busyTimeoutMillis, longest, log, "reading");
        } // closing the holder releases the exclusive lock
        CacheSteps.awaitCaching(service, "after-exclusive-");
    }

    private Path existingCacheFile() {
        Path file = dir.resolve("locked.db");
        CacheSteps.useSqlite(file);
        service.answer("seed", 64); // a cache file in WAL mode, as every process leaves it
        CacheSteps.endFailureStreaks(service);
        return file;
    }

    /** Opens a fresh store for {@code spec} and returns the longest of CALLS calls, in ms. */
    private long longestStall(String spec, String prefix) {
        CachedCompletions.useStore(spec);
        int before = service.modelCalls();
        long longest = 0;
        for (int i = 0; i < CALLS; i++) {
            String prompt = prefix + i;
            long start = System.nanoTime();
            String answer = service.answer(prompt, 64);
            longest = Math.max(longest, (System.nanoTime() - start) / 1_000_000);
            assertThat(answer).isEqualTo(AnswerService.expected(prompt, 64));
        }
        assertThat(service.modelCalls() - before).as("model calls: one per call under the lock").isEqualTo(CALLS);
        return longest;
    }

    private static void report(String lock, int busyTimeoutMillis, long longest, CapturedLog log, String operation) {
        System.out.printf("[sqlite] busyTimeout=%dms, %s: %d calls answered as misses, longest stall %d ms%n",
                busyTimeoutMillis, lock, CALLS, longest);
        assertThat(longest).as("longest stall, ms").isLessThanOrEqualTo(busyTimeoutMillis + SLACK_MILLIS);
        // It did wait: the setting, not luck or a skipped operation, is what bounds the stall.
        assertThat(longest).as("longest stall, ms").isGreaterThanOrEqualTo(busyTimeoutMillis * 8L / 10);
        assertThat(log.warnings()).as("warnings while locked").singleElement().asString()
                .contains(operation, "locked");
    }

    /** Fails unless {@code sql} on another connection is refused at once with SQLITE_BUSY. */
    private static void assertLocked(Path file, String sql) throws Exception {
        try (Connection probe = RawSqlite.open(file); Statement s = probe.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            assertThatThrownBy(() -> s.execute(sql)).hasMessageContaining("SQLITE_BUSY");
        }
    }
}
