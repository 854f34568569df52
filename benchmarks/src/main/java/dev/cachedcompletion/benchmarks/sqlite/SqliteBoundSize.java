package dev.cachedcompletion.benchmarks.sqlite;

import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import dev.cachedcompletion.internal.store.SqliteStoreProvider;
import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.SizeText;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoredValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * The size of a file under {@code maxBytes} while five times the bound is written into it: answers
 * of random bytes (so that deflating cannot make the bound easy), one {@code put} at a time. Samples
 * the file and its WAL every 100 puts; after the last put, waits for the sweeper to settle.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.cachedcompletion.benchmarks.sqlite.SqliteBoundSize 16m 1200
 * </pre>
 * Arguments: the bound and the answer size in bytes. Prints one line:
 * {@code bound maxBytes=... written=... largest=... settled=... entries=... putsPerSecond=...}.
 */
public final class SqliteBoundSize {

    private SqliteBoundSize() {
    }

    public static void main(String[] args) throws Exception {
        long bound = SizeText.parse(args.length > 0 ? args[0] : "16m");
        int valueBytes = args.length > 1 ? Integer.parseInt(args[1]) : 1200;
        long puts = 5 * bound / valueBytes;
        Path file = SqliteFixture.newFile("bound");
        Random random = new Random(11);
        long largest = 0;
        try (BrowsableStore store = (BrowsableStore) new SqliteStoreProvider()
                .open(StoreSpec.parse("sqlite:" + file + "?maxBytes=" + bound))) {
            long start = System.nanoTime();
            for (long i = 0; i < puts; i++) {
                store.put(new DigestKey(i), StoredValue.ofBytes(AnswerBytes.of("random", valueBytes, random)), null);
                if (i % 100 == 0) {
                    largest = Math.max(largest, fileAndWal(file));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(3_000); // three sweeper ticks
            long settled = fileAndWal(file);
            System.out.printf(Locale.ROOT, "bound maxBytes=%d written=%d largest=%d (%.3f of the bound) settled=%d (%.3f)"
                    + " entries=%d putsPerSecond=%.0f%n", bound, puts * valueBytes, largest, largest / (double) bound,
                    settled, settled / (double) bound, store.count(null), puts / seconds);
        } finally {
            SqliteFixture.delete(file);
        }
    }

    private static long fileAndWal(Path file) throws Exception {
        Path wal = Path.of(file + "-wal");
        return Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0);
    }
}
