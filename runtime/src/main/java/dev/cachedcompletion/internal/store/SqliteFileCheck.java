package dev.cachedcompletion.internal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * What {@link SqliteFile} does to its file once, before the first use: checks, creates or migrates
 * the schema and switches to the WAL journal. Nothing here reads the entries, so the first call of a
 * process costs the same on a file of ten entries as on one of a million: reading every page (to find
 * damage) and removing expired rows are the {@link SqliteSweeper}'s, in the background. Not
 * thread-safe: {@code SqliteFile} runs it under its lock.
 */
final class SqliteFileCheck {

    private SqliteFileCheck() {
    }

    /**
     * Checks {@code file} on a connection of its own, trying again while other processes create the
     * schema, for at most the busy timeout.
     *
     * @throws SqliteSchema.RefusedFileException if the file is another application's or a newer schema's
     * @throws SQLException as SQLite reports it otherwise, damage included (see {@link SqliteFile#isDamage})
     */
    static void run(SqliteFile file) throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(file.busyTimeoutMillis());
        for (int attempt = 1; ; attempt++) {
            try (Connection c = file.connect()) {
                SqliteSchema.checkOrCreate(c, file.path().toString());
                useWriteAheadLog(c);
                return;
            } catch (SqliteSchema.RefusedFileException e) {
                throw e;
            } catch (SQLException e) {
                if (SqliteFile.isDamage(e)) {
                    throw e;
                }
                // Processes that open a new file together wait for each other's schema creation, but
                // no longer than the busy timeout: the caller waits for this, and each attempt may
                // already have waited that long inside SQLite.
                long pause = 25L * attempt;
                if (!isBusy(e) || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) - deadline > 0) {
                    throw e;
                }
                sleepQuietly(pause);
            }
        }
    }

    private static void useWriteAheadLog(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (!"wal".equalsIgnoreCase(stringPragma(s, "journal_mode"))) {
                stringPragma(s, "journal_mode = WAL");
            }
        }
    }

    private static String stringPragma(Statement s, String pragma) throws SQLException {
        try (var rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static boolean isBusy(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return code == 5 || code == 6 || String.valueOf(e.getMessage()).contains("SQLITE_BUSY");
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
