package dev.cachedcompletion.internal.store;

import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The connections of one {@link SqliteStore} to its file: a small pool of idle ones, each with its
 * prepared statements, lent to one thread at a time. A connection whose work failed is closed, not
 * lent again; when SQLite reports the file damaged, the file is refused and the idle ones are closed
 * too. Every failure is thrown as a {@link SqliteStoreException}. Thread-safe.
 */
final class SqliteConnections {

    private static final int MAX_IDLE_CONNECTIONS = 4;

    private final SqliteFile file;
    private final ConcurrentLinkedDeque<SqliteConnection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    SqliteConnections(SqliteFile file) {
        this.file = file;
    }

    interface Work<T> {
        T run(SqliteConnection c) throws SQLException;
    }

    interface Write {
        void run(SqliteConnection c) throws SQLException;
    }

    /** Runs {@code work} in this process's turn to write the file (see {@link SqliteFile#inWriteTurn}). */
    void write(Write work) {
        file.inWriteTurn(() -> run(c -> {
            work.run(c);
            return null;
        }));
    }

    /** Runs {@code work} on a connection to the file, once the file has passed its check. */
    <T> T run(Work<T> work) {
        requireOpen();
        SqliteConnection c;
        try {
            c = borrow();
        } catch (SQLException e) {
            throw failure(e);
        }
        try {
            T result = work.run(c);
            giveBack(c);
            return result;
        } catch (SQLException | RuntimeException e) {
            c.close(); // a connection that failed is not reused: the next one starts clean
            throw failure(e);
        }
    }

    /** @throws IllegalStateException once {@link #close()} was called */
    void requireOpen() {
        if (closed) {
            throw new IllegalStateException(file.description() + " is closed");
        }
    }

    void close() {
        closed = true;
        closeIdle();
    }

    /** Refuses the file for the damage SQLite reported outside a call (to the sweeper), as {@link #run} would. */
    void refuseDamaged(SQLException e) {
        file.stopUsing(e);
        closeIdle();
    }

    private SqliteStoreException failure(Exception e) {
        Exception reason = e;
        if (e instanceof SQLException && SqliteFile.isDamage((SQLException) e)) {
            reason = file.stopUsing((SQLException) e);
            closeIdle();
        }
        return new SqliteStoreException(file.description() + ": " + reason.getMessage(), reason);
    }

    private SqliteConnection borrow() throws SQLException {
        file.prepare(); // before reusing a connection too: a refused file is refused for every call
        SqliteConnection c = idle.pollFirst();
        return c != null ? c : new SqliteConnection(file.connect());
    }

    private void giveBack(SqliteConnection c) {
        if (closed || !file.isPrepared() || idle.size() >= MAX_IDLE_CONNECTIONS) {
            c.close();
        } else {
            idle.offerFirst(c);
        }
    }

    private void closeIdle() {
        for (SqliteConnection c; (c = idle.pollFirst()) != null; ) {
            c.close();
        }
    }
}
