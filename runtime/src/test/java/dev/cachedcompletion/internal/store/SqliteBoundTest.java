package dev.cachedcompletion.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code maxBytes} and the sweeper: the file with its WAL comes back under the bound after five times
 * the bound was written, the oldest entries going first; expired entries and free pages go while the
 * process runs, without any call asking. Every wait here is for the background sweeper, with a
 * deadline far beyond its one-second tick.
 */
class SqliteBoundTest {

    private static final SyntheticSite SITE = SyntheticSite.strings("bound.Service#ask(java.lang.String)", 1);
    private static final long BOUND = 2L << 20;
    /** Long answers: five times the bound in few puts, to keep the test short. */
    private static final int VALUE = 16_384;
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    @Test
    void fileComesBackUnderTheBoundAfterFiveTimesTheBoundAndTheOldestGoFirst() throws Exception {
        Path file = dir.resolve("bounded.db");
        int puts = (int) (5 * BOUND / VALUE);
        long largest = 0;
        try (SqliteStore store = SqliteTestFiles.open(file, "?maxBytes=2m")) {
            for (int i = 0; i < puts; i++) {
                store.put(SITE.keyOf("p" + i), StoredValue.ofBytes(SqliteTestFiles.randomBytes(VALUE, i)), null);
                if (i % 10 == 0) {
                    largest = Math.max(largest, SqliteTestFiles.fileAndWalBytes(file));
                }
            }

            awaitOrFail(() -> SqliteTestFiles.fileAndWalBytes(file) <= BOUND, "file and WAL at most " + BOUND + " bytes");

            long kept = store.count(null);
            assertThat(kept).as("entries kept").isBetween(50L, (long) puts / 4);
            assertThat(store.get(SITE.keyOf("p" + (puts - 1)))).as("the newest entry").isNotNull();
            assertThat(store.get(SITE.keyOf("p0"))).as("the oldest entry").isNull();
            System.out.printf("[sqlite] maxBytes=2m, %d puts of %d B (%.1f MiB): largest file+WAL seen %.2f MiB,"
                    + " settled at %.2f MiB with %d entries%n", puts, VALUE, puts * (double) VALUE / (1 << 20),
                    largest / 1048576.0, SqliteTestFiles.fileAndWalBytes(file) / 1048576.0, kept);
        }
    }

    @Test
    void expiredEntriesAreRemovedWhileTheProcessRunsWithoutACall() throws Exception {
        Path file = dir.resolve("expiring.db");
        try (SqliteStore store = SqliteTestFiles.open(file, "?ttl=200ms")) {
            for (int i = 0; i < 3 * SqliteHousekeeping.BATCH; i++) { // more than one step
                store.put(SITE.keyOf("p" + i), StoredValue.ofBytes(new byte[] {(byte) i}), null);
            }
            store.put(SITE.keyOf("kept"), StoredValue.ofBytes(new byte[] {1}), Duration.ofDays(1));

            awaitOrFail(() -> store.count(null) == 1, "only the entry that has not expired left");
        }
    }

    @Test
    void freePagesGoBackToTheFileSystemAfterEntriesGo() throws Exception {
        Path file = dir.resolve("shrinking.db");
        try (SqliteStore store = SqliteTestFiles.open(file, "")) {
            for (int i = 0; i < 300; i++) {
                store.put(SITE.keyOf("p" + i), StoredValue.ofBytes(SqliteTestFiles.randomBytes(VALUE, i)), null);
            }
            long full = SqliteSweeper.sizeOf(file);
            store.clear();

            awaitOrFail(() -> SqliteSweeper.sizeOf(file) < (2L << 20), "the file under 2 MiB (it was " + full + " bytes)");
            assertThat(full).isGreaterThan(4L << 20);
        }
    }

    private static void awaitOrFail(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + DEADLINE + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
