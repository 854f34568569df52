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
 * of schema 1 is migrated ({@link SqliteMigration}); a file of another application, or of a newer
 * schema, is refused and left exactly as it was.
 *
 * <p>Schema 2, for files of the size they hold. Entries live in an ordinary table, whose rows keep
 * values of up to about 4 KB on their own page (a {@code WITHOUT ROWID} table, as in schema 1, sends
 * every value over about 1 KB to overflow pages of its own, three times the size). Row ids grow with
 * every write, so the table is a queue: new rows are appended at one end and the oldest are evicted
 * from the other, freeing whole pages. Method identities are stored once, in {@link #METHODS}.
 */
final class SqliteSchema {

    /** "CCc1" in ASCII: marks a file as a cached-completion cache. */
    static final int APPLICATION_ID = 0x43436331;
    static final int VERSION = 2;

    static final String TABLE = "cc_entry";
    static final String METHODS = "cc_method";
    /** (method, key), unique: finds an entry, and lists a method's entries in key order without sorting. */
    static final String KEY_INDEX = "cc_entry_key";
    /** The entries that expire, soonest first: the sweeper finds expired rows without a scan. */
    static final String EXPIRY_INDEX = "cc_entry_expiry";

    private static final String[] CREATE = {
        "CREATE TABLE IF NOT EXISTS " + METHODS + " ("
                + "id INTEGER PRIMARY KEY, "
                + "name TEXT NOT NULL UNIQUE"         // method identity (class and method, or `name`), never arguments
                + ")",
        "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
                + "id INTEGER PRIMARY KEY, "          // write order: the smallest is the oldest entry
                + "method INTEGER NOT NULL, "         // cc_method.id
                + "key BLOB NOT NULL, "               // SHA-256 of the canonical key bytes
                + "created_at INTEGER NOT NULL, "     // epoch milliseconds
                + "expires_at INTEGER, "              // epoch milliseconds, NULL = never
                + "value BLOB NOT NULL"               // the value bytes, deflated when that saves room (SqlitePacking)
                + ")",
        "CREATE UNIQUE INDEX IF NOT EXISTS " + KEY_INDEX + " ON " + TABLE + " (method, key)",
        "CREATE INDEX IF NOT EXISTS " + EXPIRY_INDEX + " ON " + TABLE + " (expires_at) WHERE expires_at IS NOT NULL",
    };

    private SqliteSchema() {
    }

    /**
     * Checks the file, creates the schema if the database is empty, and migrates a file of schema 1.
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
            if (version == SqliteMigration.FROM_VERSION) {
                SqliteMigration.run(c);
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
        return checkExisting(c, file, false);
    }

    /**
     * {@link #checkExisting(Connection, String)}, also accepting a file of schema 1 if
     * {@code schemaOneToo}: for reading the file's size, which is the same in every schema.
     */
    static boolean checkExisting(Connection c, String file, boolean schemaOneToo) throws SQLException {
        int[] header = readHeader(c);
        int applicationId = header[0];
        int version = header[1];
        if (applicationId == APPLICATION_ID) {
            if (version == SqliteMigration.FROM_VERSION && schemaOneToo) {
                return true;
            }
            if (version == SqliteMigration.FROM_VERSION) {
                throw new RefusedFileException(file + " has cached-completion schema " + version + "; this version"
                        + " reads schema " + VERSION + ". It is left untouched: `cached-completion compact` (or the"
                        + " first cached call of an application) converts it.");
            }
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
        try (Statement s = c.createStatement()) {
            // Outside a transaction and before the first table, or it has no effect (and none on a file
            // another process has just initialized): lets the sweeper give free pages back.
            s.execute("PRAGMA auto_vacuum = INCREMENTAL");
        }
        inImmediateTransaction(c, s -> {
            // Checked again under the write lock: another process may have initialized the file.
            if (intPragma(c, "application_id") != APPLICATION_ID) {
                createTables(s);
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
                s.execute("PRAGMA user_version = " + VERSION);
            }
        });
    }

    /** Creates the tables and indexes of this schema where they are missing. */
    static void createTables(Statement s) throws SQLException {
        for (String statement : CREATE) {
            s.execute(statement);
        }
    }

    interface Step {
        void run(Statement s) throws SQLException;
    }

    /** Runs {@code step} in a {@code BEGIN IMMEDIATE} transaction: all of it, or nothing. */
    static void inImmediateTransaction(Connection c, Step step) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                step.run(s);
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                try {
                    s.execute("ROLLBACK");
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            }
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /**
     * Reads every page of the tables and of their indexes, so that SQLite reports a damaged file
     * ({@code SQLITE_CORRUPT}). One pass over the entries' rows; long values' overflow pages are not
     * read. The sweeper runs it in the background: the first call of a process does not wait for it.
     */
    static void readTablesAndIndexes(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT (SELECT count(*) FROM " + TABLE + " NOT INDEXED WHERE created_at IS NOT NULL),"
                        + " (SELECT count(*) FROM " + TABLE + " INDEXED BY " + KEY_INDEX + " WHERE method > -1),"
                        + " (SELECT count(*) FROM " + TABLE + " INDEXED BY " + EXPIRY_INDEX
                        + " WHERE expires_at IS NOT NULL AND expires_at > -9223372036854775807),"
                        + " (SELECT count(*) FROM " + METHODS + " NOT INDEXED WHERE name IS NOT NULL),"
                        + " (SELECT count(*) FROM " + METHODS + " WHERE name > '')")) {
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
