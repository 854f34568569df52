package dev.cachedcompletion.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** One JDBC connection to the cache file with its prepared statements. Used by one thread at a time. */
final class SqliteConnection implements AutoCloseable {

    private static final String T = SqliteSchema.TABLE;

    private final Connection connection;
    private final PreparedStatement select;
    private final PreparedStatement upsert;
    private final PreparedStatement deleteMethod;
    private final PreparedStatement deleteAll;

    SqliteConnection(Connection connection) throws SQLException {
        this.connection = connection;
        this.select = connection.prepareStatement("SELECT value, expires_at FROM " + T + " WHERE key = ?");
        this.upsert = connection.prepareStatement("INSERT INTO " + T
                + " (key, method, created_at, expires_at, value) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET method = excluded.method, created_at = excluded.created_at,"
                + " expires_at = excluded.expires_at, value = excluded.value");
        this.deleteMethod = connection.prepareStatement("DELETE FROM " + T + " WHERE method = ?");
        this.deleteAll = connection.prepareStatement("DELETE FROM " + T);
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

    void deleteMethod(String method) throws SQLException {
        deleteMethod.setString(1, method);
        deleteMethod.executeUpdate();
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

    @Override
    public void close() {
        try {
            connection.close(); // closes the statements too
        } catch (SQLException ignored) {
            // Nothing more can be done with a connection that fails to close.
        }
    }
}
