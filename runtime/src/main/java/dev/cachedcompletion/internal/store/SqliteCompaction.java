package dev.cachedcompletion.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code cached-completion compact}: removes expired entries, then {@code VACUUM}s the file — a
 * rewrite without free pages, with every page full — which also turns on incremental auto-vacuum in
 * a file converted from schema 1, and empties the WAL. The rewrite holds the write lock for as long
 * as it takes (other processes' writes wait their busy timeout and run as misses meanwhile; their
 * reads go on), and needs free disk room for a copy of the file in the WAL.
 */
final class SqliteCompaction {

    private SqliteCompaction() {
    }

    static void run(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + SqliteSchema.TABLE
                    + " WHERE expires_at IS NOT NULL AND expires_at <= " + System.currentTimeMillis());
            s.execute("PRAGMA auto_vacuum = INCREMENTAL");
            s.execute("VACUUM");
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }
}
