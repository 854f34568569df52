package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.StoredEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One JDBC connection to the cache file with its prepared statements, and the numbers the file gives
 * the method identities it has seen. Values go through {@link SqlitePacking} both ways. Used by one
 * thread at a time.
 */
final class SqliteConnection implements AutoCloseable {

    private static final String T = SqliteSchema.TABLE;
    private static final String M = SqliteSchema.METHODS;

    private final Connection connection;
    private final PreparedStatement select;
    private final PreparedStatement upsert;
    private final PreparedStatement deleteUnderOtherMethods;
    private final PreparedStatement deleteAll;
    private final PreparedStatement findMethod;
    private final PreparedStatement addMethod;
    /** Method identity to its number in this file; numbers are never deleted or reused, so they never go stale. */
    private final Map<String, Long> methodNumbers = new HashMap<>();
    private final SqlitePacking packing = new SqlitePacking();

    SqliteConnection(Connection connection) throws SQLException {
        this.connection = connection;
        this.select = connection.prepareStatement("SELECT value, expires_at FROM " + T + " WHERE method = ? AND key = ?");
        // REPLACE, not an update in place: the new row goes to the young end of the table, so an
        // entry written again is evicted last.
        this.upsert = connection.prepareStatement("INSERT OR REPLACE INTO " + T
                + " (method, key, created_at, expires_at, value) VALUES (?, ?, ?, ?, ?)");
        // One entry per digest, whatever method it was filed under (an import may rename a method):
        // one seek in the (method, key) index per method.
        this.deleteUnderOtherMethods = connection.prepareStatement("DELETE FROM " + T
                + " WHERE method IN (SELECT id FROM " + M + " WHERE id <> ?) AND key = ?");
        this.deleteAll = connection.prepareStatement("DELETE FROM " + T);
        this.findMethod = connection.prepareStatement("SELECT id FROM " + M + " WHERE name = ?");
        this.addMethod = connection.prepareStatement("INSERT OR IGNORE INTO " + M + " (name) VALUES (?)");
    }

    /** The JDBC connection, for statements of other tables of the file (leases). */
    Connection jdbc() {
        return connection;
    }

    /** The value stored under {@code key} that has not expired at {@code now}, or null (also for a damaged deflated value). */
    byte[] select(String method, byte[] key, long now) throws SQLException {
        Long number = methodNumber(method);
        if (number == null) {
            return null; // a read never writes: a method nobody stored yet has no number
        }
        select.setLong(1, number);
        select.setBytes(2, key);
        try (ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            byte[] value = rs.getBytes(1);
            long expiresAt = rs.getLong(2);
            boolean expires = !rs.wasNull();
            return expires && expiresAt <= now ? null : packing.unpack(value);
        }
    }

    void upsert(byte[] key, String method, long createdAt, Long expiresAt, byte[] value) throws SQLException {
        long number = methodNumberAdding(method);
        deleteUnderOtherMethods.setLong(1, number);
        deleteUnderOtherMethods.setBytes(2, key);
        deleteUnderOtherMethods.executeUpdate();
        upsert.setLong(1, number);
        upsert.setBytes(2, key);
        upsert.setLong(3, createdAt);
        if (expiresAt == null) {
            upsert.setNull(4, Types.INTEGER);
        } else {
            upsert.setLong(4, expiresAt);
        }
        upsert.setBytes(5, packing.pack(value));
        upsert.executeUpdate();
    }

    void deleteAll() throws SQLException {
        deleteAll.executeUpdate();
    }

    private Long methodNumber(String method) throws SQLException {
        Long known = methodNumbers.get(method);
        if (known != null) {
            return known;
        }
        findMethod.setString(1, method);
        try (ResultSet rs = findMethod.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            long number = rs.getLong(1);
            methodNumbers.put(method, number);
            return number;
        }
    }

    private long methodNumberAdding(String method) throws SQLException {
        Long number = methodNumber(method);
        if (number == null) {
            addMethod.setString(1, method);
            addMethod.executeUpdate(); // ignored if another connection added it meanwhile
            number = methodNumber(method);
            if (number == null) {
                throw new SQLException("the method identity '" + method + "' could not be recorded in " + M);
            }
        }
        return number;
    }

    // Browsing and bulk writes, for BrowsableStore (tools, not the woven hot path).

    /**
     * Calls {@code action} per row of {@code method} (all if null) in (method, key) order. Methods
     * come in name order from their unique index, and each method's rows in key order from the
     * (method, key) index, so SQLite streams the rows instead of sorting them first; the cursor reads
     * one row at a time. A deflated value that does not inflate is passed on as stored: wherever it
     * is read, it is a miss.
     */
    void forEachEntry(String method, Consumer<? super StoredEntry> action) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(entriesQuery(method != null))) {
            if (method != null) {
                s.setString(1, method);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long expiresAt = rs.getLong(4);
                    Long expires = rs.wasNull() ? null : expiresAt;
                    byte[] stored = rs.getBytes(5);
                    byte[] value = packing.unpack(stored);
                    action.accept(new StoredEntry(rs.getBytes(1), rs.getString(2), rs.getLong(3), expires,
                            value != null ? value : stored));
                }
            }
        }
    }

    /** The query of {@link #forEachEntry}: of one method ({@code ?} is its name), or of all. */
    static String entriesQuery(boolean ofOneMethod) {
        return "SELECT e.key, m.name, e.created_at, e.expires_at, e.value FROM " + M + " m JOIN " + T
                + " e ON e.method = m.id" + (ofOneMethod ? " WHERE m.name = ?" : "") + " ORDER BY m.name, e.key";
    }

    long countEntries(String method) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT count(*) FROM " + T + (method == null ? "" : " WHERE method = (" + methodQuery() + ")"))) {
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
                : " WHERE " + (method == null ? "" : "method = (" + methodQuery() + ")")
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

    private static String methodQuery() {
        return "SELECT id FROM " + M + " WHERE name = ?";
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
            methodNumbers.clear(); // numbers added in the rolled-back transaction are gone
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public void close() {
        packing.close();
        try {
            connection.close(); // closes the statements too
        } catch (SQLException ignored) {
            // Nothing more can be done with a connection that fails to close.
        }
    }
}
