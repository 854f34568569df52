package dev.cachedcompletion.internal.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.spi.StoredEntry;
import dev.cachedcompletion.testing.SyntheticSite;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of schema 1, as the previous version wrote it, is converted on first use and keeps its entries. */
class SqliteMigrationTest {

    private static final SyntheticSite ASK = SyntheticSite.strings("old.Service#ask(java.lang.String)", 1);
    private static final SyntheticSite TELL = SyntheticSite.strings("old.Service#tell(java.lang.String)", 1);
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;

    @Test
    void entriesOfSchemaOneAreHitsAfterTheConversionAndExpiredOnesAreDropped() throws Exception {
        Path file = dir.resolve("old.db");
        long now = System.currentTimeMillis();
        byte[] longValue = ("CV" + "a long answer that deflates well. ".repeat(100)).getBytes(UTF_8);
        writeSchemaOne(file, List.of(
                new StoredEntry(ASK.keyOf("short").digest(), ASK.identity(), now - 3 * DAY, null, "short answer".getBytes(UTF_8)),
                new StoredEntry(ASK.keyOf("long").digest(), ASK.identity(), now - 2 * DAY, now + DAY, longValue),
                new StoredEntry(TELL.keyOf("x").digest(), TELL.identity(), now - DAY, null, "told".getBytes(UTF_8)),
                new StoredEntry(TELL.keyOf("gone").digest(), TELL.identity(), now - 9 * DAY, now - DAY, "expired".getBytes(UTF_8))));

        try (SqliteStore store = SqliteTestFiles.open(file, "")) {
            assertThat(new String(store.get(ASK.keyOf("short")).bytes(), UTF_8)).isEqualTo("short answer");
            assertThat(store.get(ASK.keyOf("long")).bytes()).isEqualTo(longValue);
            assertThat(new String(store.get(TELL.keyOf("x")).bytes(), UTF_8)).isEqualTo("told");
            assertThat(store.get(TELL.keyOf("gone"))).isNull();

            List<StoredEntry> seen = new ArrayList<>();
            store.forEach(null, seen::add);
            assertThat(seen).extracting(StoredEntry::methodId).containsExactly(ASK.identity(), ASK.identity(), TELL.identity());
            assertThat(seen).filteredOn(e -> e.value().length == longValue.length).singleElement()
                    .satisfies(e -> assertThat(e.expiresMillis()).isEqualTo(now + DAY));
        }
        assertThat(SqliteTestFiles.longQuery(file, "PRAGMA user_version")).isEqualTo(SqliteSchema.VERSION);
        assertThat(SqliteTestFiles.longQuery(file, "SELECT count(*) FROM sqlite_master WHERE name = 'cached_completion'")).isZero();
        assertThat(SqliteTestFiles.longQuery(file, "SELECT max(length(value)) FROM " + SqliteSchema.TABLE))
                .as("the long value, deflated").isLessThan(longValue.length / 4);
    }

    @Test
    void toolsThatOnlyReadSaySchemaOneIsConvertedByCompact() throws Exception {
        Path file = dir.resolve("old.db");
        writeSchemaOne(file, List.of(new StoredEntry(ASK.keyOf("q").digest(), ASK.identity(), 1, null, new byte[] {1})));

        try (SqliteStore store = SqliteTestFiles.open(file, "")) {
            assertThatThrownBy(() -> store.count(null)).hasMessageContaining("schema 1").hasMessageContaining("compact");
            store.compact();
            assertThat(store.count(null)).isEqualTo(1);
        }
    }

    /** The file exactly as version 1 of the store created it. */
    static void writeSchemaOne(Path file, List<StoredEntry> entries) throws Exception {
        try (Connection c = SqliteTestFiles.connect(file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("CREATE TABLE cached_completion (key BLOB NOT NULL PRIMARY KEY, method TEXT NOT NULL,"
                        + " created_at INTEGER NOT NULL, expires_at INTEGER, value BLOB NOT NULL) WITHOUT ROWID");
                s.execute("CREATE INDEX cached_completion_method ON cached_completion (method)");
                s.execute("PRAGMA application_id = " + SqliteSchema.APPLICATION_ID);
                s.execute("PRAGMA user_version = 1");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO cached_completion VALUES (?, ?, ?, ?, ?)")) {
                for (StoredEntry e : entries) {
                    insert.setBytes(1, e.keyDigest());
                    insert.setString(2, e.methodId());
                    insert.setLong(3, e.createdMillis());
                    if (e.expiresMillis() == null) {
                        insert.setNull(4, Types.INTEGER);
                    } else {
                        insert.setLong(4, e.expiresMillis());
                    }
                    insert.setBytes(5, e.value());
                    insert.executeUpdate();
                }
            }
        }
    }
}
