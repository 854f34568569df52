package dev.cachedcompletion.internal.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The layout of a cache file and the checks that keep us from touching anyone else's file.
 *
 * <p>A file is ours when its {@code application_id} is {@link #APPLICATION_ID}. Its
 * {@code user_version} is the schema version. An empty database (a new file) is initialized; a file
 * of another application, or of a newer schema, is refused and left exactly as it was.
 */
final class SqliteSchema {

    /** "CCc1" in ASCII: marks a file as a cached-completion cache. */
    static final int APPLICATION_ID = 0x43436331;
    static final int VERSION = 1;

    static final String TABLE = "cached_completion";

    private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "key BLOB NOT NULL PRIMARY KEY, "   // SHA-256 of the canonical key bytes
            + "method TEXT NOT NULL, "            // method identity, for clearing by method
            + "created_at INTEGER NOT NULL, "     // epoch milliseconds
            + "expires_at INTEGER, "              // epoch milliseconds, NULL = never
            + "value BLOB NOT NULL"               // codec header + JSON
            + ") WITHOUT ROWID";
    private static final String CREATE_INDEX =
            "CREATE INDEX IF NOT EXISTS " + TABLE + "_method ON " + TABLE + " (method)";

    private SqliteSchema() {
    }

    /**
     * Checks the file and creates the schema if the database is empty.
     *
     * @throws RefusedFileException if the file belongs to another application or a newer version
     */
    static void checkOrCreate(Connection c, String file) throws SQLException {
        int[] header = readHeader(c);
        int applicationId = header[0];
        int version = header[1];
        if (applicationId == APPLICATION_ID) {
            if (version > VERSION) {
                throw new RefusedFileException(file + " was written by a newer cached-completion (schema "
                        + version + "; this version reads schema " + VERSION + "). It is left untouched: "
                        + "upgrade cached-completion or point cachedcompletion.store at another file.");
            }
            if (version == VERSION) {
                return;
            }
        } else if (applicationId != 0 || header[2] > 0) {
            throw new RefusedFileException(file + " is a SQLite database of another application "
                    + "(application_id=" + applicationId + "). It is left untouched: point "
                    + "cachedcompletion.store at a file of its own.");
        }
        create(c);
    }

    /**
     * For tools that only read or remove: whether {@code c} holds entries to look at. {@code false}
     * for an empty database (nothing was ever stored); nothing is created.
     *
     * @throws RefusedFileException if the file belongs to another application or another schema version
     */
    static boolean checkExisting(Connection c, String file) throws SQLException {
        int[] header = readHeader(c);
        int applicationId = header[0];
        int version = header[1];
        if (applicationId == APPLICATION_ID) {
            if (version != VERSION) {
                throw new RefusedFileException(file + " has cached-completion schema " + version
                        + "; this version reads schema " + VERSION + ". It is left untouched.");
            }
            return true;
        }
        if (applicationId != 0 || header[2] > 0) {
            throw new RefusedFileException(file + " is a SQLite database of another application "
                    + "(application_id=" + applicationId + "). It is left untouched.");
        }
        return false;
    }

    private static void create(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                // Checked again under the write lock: another process may have initialized the file.
                if (intPragma(c, "application_id") != APPLICATION_ID) {
                    s.execute(CREATE_TABLE);
                    s.execute(CREATE_INDEX);
                    s.execute("PRAGMA application_id = " + APPLICATION_ID);
                    s.execute("PRAGMA user_version = " + VERSION);
                }
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Reads every page of the table and of its index, so that SQLite reports a damaged file
     * ({@code SQLITE_CORRUPT}) now, before anything is written to it. One pass over the entries'
     * keys and headers; long values' overflow pages are not read.
     */
    static void readTableAndIndex(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (SELECT count(*) FROM " + TABLE + " NOT INDEXED WHERE expires_at IS NOT NULL),"
                        + " (SELECT count(*) FROM " + TABLE + " INDEXED BY " + TABLE + "_method WHERE method > '')")) {
            rs.next();
        }
    }

    static int intPragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * application_id, user_version and the number of schema objects, read in one statement and so
     * from one snapshot: read one by one, they could straddle another process's creation of the
     * schema and make our own new file look like another application's (id 0, but tables).
     */
    private static int[] readHeader(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (SELECT application_id FROM pragma_application_id),"
                        + " (SELECT user_version FROM pragma_user_version),"
                        + " (SELECT count(*) FROM sqlite_master)")) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)};
        }
    }

    /** A file that is not ours to write. */
    static final class RefusedFileException extends SQLException {
        private static final long serialVersionUID = 1L;

        RefusedFileException(String message) {
            super(message);
        }

        RefusedFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
