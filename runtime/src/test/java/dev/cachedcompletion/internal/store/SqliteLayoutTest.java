package dev.cachedcompletion.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file is about the size of what it holds: answers of 1.2 KB, which schema 1 sent to overflow
 * pages of their own (3.8 bytes of file per stored byte), stay on their row's page. Random bytes, so
 * that deflating cannot hide the layout's own cost.
 */
class SqliteLayoutTest {

    private static final SyntheticSite SITE = SyntheticSite.strings("layout.Service#ask(java.lang.String)", 1);
    private static final int ENTRIES = 2_000;
    private static final int VALUE = 1_200;
    /** Digest, created and expires: what an entry holds beside its value. */
    private static final int ENTRY_FIELDS = 32 + 16;

    @TempDir
    Path dir;

    @Test
    void fileOfMidSizeAnswersIsCloseToWhatItHolds() {
        Path file = dir.resolve("layout.db");
        try (SqliteStore store = SqliteTestFiles.open(file, "")) {
            for (int i = 0; i < ENTRIES; i++) {
                store.put(SITE.keyOf("p" + i), StoredValue.ofBytes(SqliteTestFiles.randomBytes(VALUE, i)), Duration.ofDays(1));
            }
        }
        double perStoredByte = SqliteTestFiles.fileAndWalBytes(file) / (double) (ENTRIES * (VALUE + ENTRY_FIELDS));

        assertThat(perStoredByte).as("file bytes per stored byte").isLessThan(1.3);
    }

    @Test
    void newFileCanGiveFreePagesBack() throws Exception {
        Path file = dir.resolve("new.db");
        try (SqliteStore store = SqliteTestFiles.open(file, "")) {
            store.put(SITE.keyOf("p"), StoredValue.ofBytes(new byte[] {1}), null);
        }

        assertThat(SqliteTestFiles.longQuery(file, "PRAGMA auto_vacuum")).as("auto_vacuum (2 = incremental)").isEqualTo(2);
        assertThat(SqliteTestFiles.longQuery(file, "PRAGMA user_version")).isEqualTo(SqliteSchema.VERSION);
    }
}
