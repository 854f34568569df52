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

    private interface Work {
        long run(SqliteConnection c) throws SQLException;
    }

    /** Runs {@code work} on the file if it holds a cache; an empty database counts as no entries. */
    private long withFile(Work work) {
        if (!Files.exists(path)) {
            throw new SqliteStoreException(description + ": there is no cache file at " + path, null);
        }
        try (Connection connection = connectWithoutCreating()) {
            if (!SqliteSchema.checkExisting(connection, path.toString())) {
                return 0;
            }
            try (SqliteConnection c = new SqliteConnection(connection)) {
                return work.run(c);
            }
        } catch (SQLException e) {
            throw new SqliteStoreException(description + ": " + e.getMessage(), e);
        }
    }

    private Connection connectWithoutCreating() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        config.resetOpenMode(SQLiteOpenMode.CREATE); // a file deleted since the check stays deleted
        return DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
    }
}
