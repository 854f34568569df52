package dev.cachedcompletion.benchmarks.sqlite;

import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import dev.cachedcompletion.internal.store.SqliteStoreProvider;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoredValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * The size of a SQLite cache file against what it holds: file bytes (with the WAL) per stored byte,
 * where a stored byte is one of the digest (32), the value, or the two times (16) of an entry.
 * For answers of 64 B, 1.2 KB and 16 KB, of text and of random bytes, written through the store one
 * {@code put} at a time, against the same entries in schema 1's {@code WITHOUT ROWID} table.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.cachedcompletion.benchmarks.sqlite.SqliteFileSize
 * </pre>
 * Prints one line per case: {@code size kind=... value=... entries=... layout=... fileBytes=... perStoredByte=...}.
 */
public final class SqliteFileSize {

    private static final int[] VALUE_BYTES = {64, 1200, 16384};
    private static final int STORED_PER_ENTRY = 32 + 16;
    private static final Duration TTL = Duration.ofDays(30);

    private SqliteFileSize() {
    }

    public static void main(String[] args) throws Exception {
        for (String kind : new String[] {"text", "random"}) {
            for (int valueBytes : VALUE_BYTES) {
                int entries = valueBytes > 4096 ? 2_000 : 20_000;
                long stored = (long) entries * (valueBytes + STORED_PER_ENTRY);
                print(kind, valueBytes, entries, "schema1", schema1(kind, valueBytes, entries), stored);
                print(kind, valueBytes, entries, "schema2", schema2(kind, valueBytes, entries), stored);
            }
        }
    }

    private static void print(String kind, int valueBytes, int entries, String layout, long fileBytes, long stored) {
        System.out.printf(Locale.ROOT, "size kind=%s value=%d entries=%d layout=%s fileBytes=%d (%.1f MiB) perStoredByte=%.2f%n",
                kind, valueBytes, entries, layout, fileBytes, fileBytes / 1048576.0, fileBytes / (double) stored);
    }

    /** Through the store, one put per entry, as an application writes; the file measured after close. */
    private static long schema2(String kind, int valueBytes, int entries) throws Exception {
        Path file = SqliteFixture.newFile("size2");
        Random random = new Random(7);
        try (CompletionStore store = new SqliteStoreProvider().open(StoreSpec.parse("sqlite:" + file))) {
            for (int i = 0; i < entries; i++) {
                store.put(new DigestKey(i), StoredValue.ofBytes(AnswerBytes.of(kind, valueBytes, random)), TTL);
            }
        }
        return measureAndDelete(file);
    }

    /** Schema 1's table and statement, filled with the same entries, one transaction per 100 entries. */
    private static long schema1(String kind, int valueBytes, int entries) throws Exception {
        Path file = SqliteFixture.newFile("size1");
        Random random = new Random(7);
        long now = System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("CREATE TABLE cached_completion (key BLOB NOT NULL PRIMARY KEY, method TEXT NOT NULL,"
                        + " created_at INTEGER NOT NULL, expires_at INTEGER, value BLOB NOT NULL) WITHOUT ROWID");
                s.execute("CREATE INDEX cached_completion_method ON cached_completion (method)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO cached_completion"
                    + " (key, method, created_at, expires_at, value) VALUES (?, ?, ?, ?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                for (int i = 0; i < entries; i++) {
                    upsert.setBytes(1, new DigestKey(i).digest());
                    upsert.setString(2, DigestKey.METHOD);
                    upsert.setLong(3, now);
                    upsert.setLong(4, now + TTL.toMillis());
                    upsert.setBytes(5, AnswerBytes.of(kind, valueBytes, random));
                    upsert.executeUpdate();
                    if (i % 100 == 99) {
                        c.commit();
                    }
                }
            }
            c.commit();
        }
        return measureAndDelete(file);
    }

    private static long measureAndDelete(Path file) throws Exception {
        long bytes = Files.size(file) + (Files.exists(Path.of(file + "-wal")) ? Files.size(Path.of(file + "-wal")) : 0);
        SqliteFixture.delete(file);
        return bytes;
    }
}
