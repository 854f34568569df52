package dev.cachedcompletion.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first call of a process reads no more of the file than its own entry needs: a damaged page
 * that the call does not touch does not stop it (opening used to read every page first, and took
 * 192 ms at 200,000 entries). The sweeper reads every page in the background and refuses the file.
 */
class SqliteOpeningTest {

    private static final SyntheticSite SITE = SyntheticSite.strings("open.Service#ask(java.lang.String)", 1);
    private static final int ENTRIES = 3_000;

    @TempDir
    Path dir;

    @Test
    void firstCallDoesNotReadEveryPageAndTheSweeperFindsTheDamage() throws Exception {
        Path file = dir.resolve("big.db");
        try (SqliteStore store = SqliteTestFiles.open(file, "")) {
            for (int i = 0; i < ENTRIES; i++) {
                store.put(SITE.keyOf("p" + i), StoredValue.ofBytes(new byte[] {(byte) i}), Duration.ofDays(1 + i));
            }
        }
        garbleMiddleLeafOf(file, SqliteSchema.EXPIRY_INDEX); // a lookup never reads the expiry index

        try (SqliteStore store = SqliteTestFiles.open(file, "")) {
            assertThat(store.get(SITE.keyOf("p7")).bytes()).as("the first call").containsExactly(7);

            store.sweepNow();

            assertThatThrownBy(() -> store.get(SITE.keyOf("p7"))).hasMessageContaining("damaged");
        }
    }

    private static void garbleMiddleLeafOf(Path file, String btree) throws Exception {
        int page;
        int pageSize;
        try (Connection c = SqliteTestFiles.connect(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pageno FROM dbstat WHERE name = '" + btree
                        + "' AND pagetype = 'leaf' ORDER BY pageno")) {
            java.util.List<Integer> pages = new java.util.ArrayList<>();
            while (rs.next()) {
                pages.add(rs.getInt(1));
            }
            assertThat(pages).as("leaf pages of " + btree).hasSizeGreaterThan(2);
            page = pages.get(pages.size() / 2);
            pageSize = (int) SqliteTestFiles.longQuery(file, "PRAGMA page_size");
        }
        byte[] noise = new byte[pageSize];
        new Random(page).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((long) (page - 1) * pageSize);
            raf.write(noise);
        }
    }
}
