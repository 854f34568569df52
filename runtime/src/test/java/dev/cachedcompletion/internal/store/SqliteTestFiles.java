package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.StoreSpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/** What the SQLite layout tests share: opening a store, file sizes, and raw SQL on the file. */
final class SqliteTestFiles {

    private SqliteTestFiles() {
    }

    static SqliteStore open(Path file, String options) {
        return (SqliteStore) new SqliteStoreProvider().open(StoreSpec.parse("sqlite:" + file + options));
    }

    /** The file and its WAL, in bytes, as the file system counts them. */
    static long fileAndWalBytes(Path file) {
        return SqliteSweeper.sizeOf(file) + SqliteSweeper.sizeOf(Path.of(file + "-wal"));
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        b[0] = 'C';
        b[1] = 'V';
        return b;
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static long longQuery(Path file, String sql) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
