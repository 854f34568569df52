package dev.cachedcompletion.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The steps that keep a cache file small, each short (at most {@link #BATCH} rows or pages) and each
 * one transaction of its own: removing expired entries, evicting the oldest, giving free pages back,
 * checkpointing the WAL. Found through indexes, never by a scan: the expiry index for expired
 * entries, the row id (write order) for the oldest. On one connection, used by one thread at a time.
 */
final class SqliteHousekeeping implements AutoCloseable {

    /** Rows or pages per step: a few milliseconds of work, so that a caller waiting behind a step hardly notices. */
    static final int BATCH = 256;
    /** What a row costs beyond its value: key, times, row header, and its entry in the key index. */
    private static final int ROW_OVERHEAD = 120;

    private static final String T = SqliteSchema.TABLE;

    private final Connection connection;
    private final PreparedStatement anyExpired;
    private final PreparedStatement deleteExpired;
    private final PreparedStatement oldest;
    private final PreparedStatement deleteUpTo;

    SqliteHousekeeping(Connection connection) throws SQLException {
        this.connection = connection;
        this.anyExpired = connection.prepareStatement(
                "SELECT 1 FROM " + T + " WHERE expires_at IS NOT NULL AND expires_at <= ? LIMIT 1");
        this.deleteExpired = connection.prepareStatement("DELETE FROM " + T + " WHERE id IN (SELECT id FROM " + T
                + " WHERE expires_at IS NOT NULL AND expires_at <= ? ORDER BY expires_at LIMIT " + BATCH + ")");
        this.oldest = connection.prepareStatement("SELECT id, length(value) FROM " + T + " ORDER BY id LIMIT " + BATCH);
        this.deleteUpTo = connection.prepareStatement("DELETE FROM " + T + " WHERE id <= ?");
    }

    Connection connection() {
        return connection;
    }

    /** Whether an entry has expired at {@code now}: a read, so the write turn is taken only when there is work. */
    boolean anyExpired(long now) throws SQLException {
        anyExpired.setLong(1, now);
        try (ResultSet rs = anyExpired.executeQuery()) {
            return rs.next();
        }
    }

    /** Removes up to {@link #BATCH} entries expired at {@code now}; returns how many. */
    int deleteExpired(long now) throws SQLException {
        deleteExpired.setLong(1, now);
        return deleteExpired.executeUpdate();
    }

    /**
     * Removes the oldest entries (the smallest row ids, the earliest written) whose rows add up to
     * {@code bytes}, at most {@link #BATCH} of them; returns how many.
     */
    int evictOldest(long bytes) throws SQLException {
        long upTo = -1;
        long freed = 0;
        int rows = 0;
        try (ResultSet rs = oldest.executeQuery()) { // length() of a BLOB reads no overflow page
            while (freed < bytes && rs.next()) {
                upTo = rs.getLong(1);
                freed += rs.getLong(2) + ROW_OVERHEAD;
                rows++;
            }
        }
        if (rows == 0) {
            return 0;
        }
        deleteUpTo.setLong(1, upTo);
        return deleteUpTo.executeUpdate();
    }

    /** Pages of the file, of them free, and the page size, from one read of the file's header. */
    SqliteSpace space(long walBytes) throws SQLException {
        return space(connection, walBytes);
    }

    /** {@link #space(long)} on any connection to a cache file, even an empty database. */
    static SqliteSpace space(Connection connection, long walBytes) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (SELECT page_count FROM pragma_page_count), (SELECT freelist_count FROM pragma_freelist_count),"
                        + " (SELECT page_size FROM pragma_page_size), (SELECT auto_vacuum FROM pragma_auto_vacuum)")) {
            rs.next();
            return new SqliteSpace(rs.getLong(1), rs.getLong(2), rs.getLong(3), walBytes, rs.getInt(4) == 2);
        }
    }

    /** Gives up to {@code pages} free pages back to the file system (incremental auto-vacuum only). */
    void releaseFreePages(long pages) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA incremental_vacuum(" + Math.min(pages, BATCH) + ")");
        }
    }

    /**
     * Copies the WAL into the file; {@code truncate}: and empties the WAL, which needs a moment
     * without readers (if another connection is busy, it is tried again at the next sweep).
     */
    void checkpoint(boolean truncate) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(" + (truncate ? "TRUNCATE" : "PASSIVE") + ")");
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Nothing more can be done with a connection that fails to close.
        }
    }
}
