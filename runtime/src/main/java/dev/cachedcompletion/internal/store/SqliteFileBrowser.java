package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.StoredEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads and removes the entries of an existing cache file for {@link SqliteStore}'s browsing
 * methods. Unlike the store's own connections it never creates the file or its schema (a tool run
 * against a mistyped path must not leave an empty cache behind) and never deletes expired rows first
 * (a tool reports them). One short-lived connection per call. Thread-safe: holds no mutable state.
 */
final class SqliteFileBrowser {

    private final Path path;
    private final int busyTimeoutMillis;
    private final String description;

    SqliteFileBrowser(Path path, int busyTimeoutMillis, String description) {
        this.path = path;
        this.busyTimeoutMillis = busyTimeoutMillis;
        this.description = description;
    }

    void forEach(String methodId, Consumer<? super StoredEntry> action) {
        // An exception from action is not an SQLException: it passes through unchanged.
        withFile(c -> {
            c.forEachEntry(methodId, action);
            return 0L;
        });
    }

    long count(String methodId) {
        return withFile(c -> c.countEntries(methodId));
    }

    long remove(String methodId, Long createdBeforeMillis) {
        return withFile(c -> c.deleteEntries(methodId, createdBeforeMillis));
    }

    /** The file's pages, free pages and WAL, read from its header. */
    SqliteSpace space(Path wal) {
        Work<SqliteSpace> read = c -> SqliteHousekeeping.space(c, SqliteSweeper.sizeOf(wal));
        return withFile(true, read, read);
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private interface EntryWork {
        long run(SqliteConnection c) throws SQLException;
    }

    private long withFile(EntryWork work) {
        return withFile(false, connection -> {
            try (SqliteConnection c = new SqliteConnection(connection)) {
                return work.run(c);
            }
        }, empty -> 0L);
    }

    /**
     * Runs {@code work} on the file if it holds a cache, {@code whenEmpty} if it is an empty
     * database (nothing was ever stored).
     */
    private <T> T withFile(boolean schemaOneToo, Work<T> work, Work<T> whenEmpty) {
        requireFile();
        try (Connection connection = connectWithoutCreating()) {
            return SqliteSchema.checkExisting(connection, path.toString(), schemaOneToo) ? work.run(connection)
                    : whenEmpty.run(connection);
        } catch (SQLException e) {
            throw new SqliteStoreException(description + ": " + e.getMessage(), e);
        }
    }

    /** @throws SqliteStoreException if there is no file at the path */
    void requireFile() {
        if (!Files.exists(path)) {
            throw new SqliteStoreException(description + ": there is no cache file at " + path, null);
        }
    }

    private Connection connectWithoutCreating() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        config.resetOpenMode(SQLiteOpenMode.CREATE); // a file deleted since the check stays deleted
        return DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
    }
}
