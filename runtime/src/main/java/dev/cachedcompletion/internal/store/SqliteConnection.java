package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.StoredEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;

/** One JDBC connection to the cache file with its prepared statements. Used by one thread at a time. */
final class SqliteConnection implements AutoCloseable {

    private static final String T = SqliteSchema.TABLE;

    private final Connection connection;
    private final PreparedStatement select;
    private final PreparedStatement upsert;
    private final PreparedStatement deleteAll;

    SqliteConnection(Connection connection) throws SQLException {
        this.connection = connection;
        this.select = connection.prepareStatement("SELECT value, expires_at FROM " + T + " WHERE key = ?");
        this.upsert = connection.prepareStatement("INSERT INTO " + T
                + " (key, method, created_at, expires_at, value) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET method = excluded.method, created_at = excluded.created_at,"
                + " expires_at = excluded.expires_at, value = excluded.value");
        this.deleteAll = connection.prepareStatement("DELETE FROM " + T);
    }

    /** The JDBC connection, for statements of other tables of the file (leases). */
    Connection jdbc() {
        return connection;
    }

    /** The value stored under {@code key} that has not expired at {@code now}, or null. */
    byte[] select(byte[] key, long now) throws SQLException {
        select.setBytes(1, key);
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            byte[] value = rs.getBytes(1);
            long expiresAt = rs.getLong(2);
            boolean expires = !rs.wasNull();
            return expires && expiresAt <= now ? null : value;
        }
    }

    void upsert(byte[] key, String method, long createdAt, Long expiresAt, byte[] value) throws SQLException {
        upsert.setBytes(1, key);
        upsert.setString(2, method);
        upsert.setLong(3, createdAt);
        if (expiresAt == null) {
            upsert.setNull(4, Types.INTEGER);
        } else {
            upsert.setLong(4, expiresAt);
        }
        upsert.setBytes(5, value);
        upsert.executeUpdate();
    }

    void deleteAll() throws SQLException {
        deleteAll.executeUpdate();
    }

    void deleteExpired(long now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "DELETE FROM " + T + " WHERE expires_at IS NOT NULL AND expires_at <= ?")) {
            s.setLong(1, now);
            s.executeUpdate();
        }
    }

    // Browsing and bulk writes, for BrowsableStore (tools, not the woven hot path).

    /**
     * Calls {@code action} per row of {@code method} (all if null) in (method, key) order. The order
     * is the method index's own, so SQLite streams the rows instead of sorting them first; the
     * cursor reads one row at a time.
     */
    void forEachEntry(String method, Consumer<? super StoredEntry> action) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT key, method, created_at, expires_at, value FROM " + T
                        + (method == null ? "" : " WHERE method = ?") + " ORDER BY method, key")) {
            if (method != null) {
                s.setString(1, method);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long expiresAt = rs.getLong(4);
                    Long expires = rs.wasNull() ? null : expiresAt;
                    action.accept(new StoredEntry(rs.getBytes(1), rs.getString(2), rs.getLong(3), expires, rs.getBytes(5)));
                }
            }
        }
    }

    long countEntries(String method) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT count(*) FROM " + T + (method == null ? "" : " WHERE method = ?"))) {
            if (method != null) {
                s.setString(1, method);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Deletes the rows of {@code method} (all if null) created before {@code createdBefore} (any if null). */
    long deleteEntries(String method, Long createdBefore) throws SQLException {
        String where = method == null && createdBefore == null ? ""
                : " WHERE " + (method == null ? "" : "method = ?")
                        + (method != null && createdBefore != null ? " AND " : "")
                        + (createdBefore == null ? "" : "created_at < ?");
        try (PreparedStatement s = connection.prepareStatement("DELETE FROM " + T + where)) {
            int i = 1;
            if (method != null) {
                s.setString(i++, method);
            }
            if (createdBefore != null) {
                s.setLong(i, createdBefore);
            }
            return s.executeUpdate();
        }
    }

    /** Upserts every entry as given, in one transaction: an import is not left half-written. */
    void upsertAll(List<StoredEntry> entries) throws SQLException {
        connection.setAutoCommit(false);
        try {
            for (StoredEntry e : entries) {
                upsert(e.keyDigest(), e.methodId(), e.createdMillis(), e.expiresMillis(), e.value());
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        try {
            connection.close(); // closes the statements too
        } catch (SQLException ignored) {
            // Nothing more can be done with a connection that fails to close.
        }
    }
}
