package dev.cachedcompletion.internal.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

/**
 * Converts a file of schema 1 (one {@code WITHOUT ROWID} table, {@code cached_completion}) to the
 * current layout, in one transaction: every entry that has not expired is copied, oldest first (so
 * that the oldest are still evicted first), values deflated as {@link SqlitePacking} does; then the
 * old table goes. A process that fails or is killed half-way leaves schema 1 as it was.
 *
 * <p>The pages of the old table become free pages of the file: new entries reuse them, and
 * {@code cached-completion compact} gives them back to the file system (a file of schema 1 has no
 * incremental auto-vacuum, which only a {@code VACUUM} can turn on, and that is too long a wait for
 * the first call of a process). A process of an older version refuses the converted file as "written
 * by a newer cached-completion"; one that had opened it before keeps failing on the missing table,
 * so it runs uncached but never reads a wrong value.
 */
final class SqliteMigration {

    static final int FROM_VERSION = 1;

    private static final String OLD_TABLE = "cached_completion";

    private SqliteMigration() {
    }

    static void run(Connection c) throws SQLException {
        SqliteSchema.inImmediateTransaction(c, s -> {
            // Checked again under the write lock: another process may have converted the file.
            if (SqliteSchema.intPragma(c, "user_version") != FROM_VERSION) {
                return;
            }
            SqliteSchema.createTables(s);
            s.execute("INSERT OR IGNORE INTO " + SqliteSchema.METHODS + " (name) SELECT DISTINCT method FROM " + OLD_TABLE);
            copyEntries(c, System.currentTimeMillis());
            s.execute("DROP TABLE " + OLD_TABLE);
            s.execute("PRAGMA user_version = " + SqliteSchema.VERSION);
        });
    }

    private static void copyEntries(Connection c, long now) throws SQLException {
        try (Statement read = c.createStatement();
                ResultSet rs = read.executeQuery("SELECT o.key, m.id, o.created_at, o.expires_at, o.value FROM "
                        + OLD_TABLE + " o JOIN " + SqliteSchema.METHODS + " m ON m.name = o.method"
                        + " WHERE o.expires_at IS NULL OR o.expires_at > " + now + " ORDER BY o.created_at");
                PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO " + SqliteSchema.TABLE
                        + " (key, method, created_at, expires_at, value) VALUES (?, ?, ?, ?, ?)");
                SqlitePacking packing = new SqlitePacking()) {
            while (rs.next()) {
                insert.setBytes(1, rs.getBytes(1));
                insert.setLong(2, rs.getLong(2));
                insert.setLong(3, rs.getLong(3));
                long expiresAt = rs.getLong(4);
                if (rs.wasNull()) {
                    insert.setNull(4, Types.INTEGER);
                } else {
                    insert.setLong(4, expiresAt);
                }
                insert.setBytes(5, packing.pack(rs.getBytes(5)));
                insert.executeUpdate();
            }
        }
    }
}
