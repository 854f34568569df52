package dev.cachedcompletion.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps a store's file in shape while the process runs, on a daemon thread of its own, started by the
 * store's first successful call (the first sweep comes a tick later). Once: reads every page of the
 * tables and indexes, so that damage is
 * found (and the file refused) without the first call waiting for a scan. Then every
 * {@link #TICK_MILLIS}, and sooner when puts have written {@link SqliteBound#wakeAfterBytes()}:
 * removes expired entries; with a bound, evicts the oldest entries while the file's used pages are
 * above the bound's share; gives free pages back; checkpoints an overgrown WAL.
 *
 * <p>It never holds a caller up for long: every write is one small step ({@link SqliteHousekeeping#BATCH}
 * rows or pages) taken in the process's fair turn to write, so a caller waits at most one step, and
 * on a connection that waits only {@link #BUSY_MILLIS} for another process (if that process is
 * writing, the step waits for the next sweep, not the callers). Failures are not the callers': the
 * sweep stops and the next one starts over; damage SQLite reports refuses the file, as in a call.
 * Each process with a bound watches the whole file, so the bound holds when several processes write.
 */
final class SqliteSweeper implements AutoCloseable {

    static final long TICK_MILLIS = 1_000;
    private static final int BUSY_MILLIS = 20;

    private final SqliteFile file;
    private final SqliteConnections connections;
    private final SqliteBound bound;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicLong writtenSinceSweep = new AtomicLong();
    private volatile ScheduledExecutorService thread;
    private volatile boolean closed;
    // Touched by the sweeper thread only.
    private SqliteHousekeeping housekeeping;
    private boolean checked;

    SqliteSweeper(SqliteFile file, SqliteConnections connections) {
        this.file = file;
        this.connections = connections;
        this.bound = file.bound();
    }

    /** Starts the sweeps, once; cheap after the first call. */
    void start() {
        if (started.get() || !started.compareAndSet(false, true)) {
            return;
        }
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cached-completion-sqlite-sweeper");
            t.setDaemon(true);
            return t;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        // The first sweep one tick later, not at once: its read of every page would compete with the
        // process's first calls, which the sweeper exists to keep fast.
        executor.scheduleWithFixedDelay(this::sweep, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        thread = executor;
        if (closed) {
            executor.shutdownNow();
        }
    }

    /** Called after a put of {@code bytes}: wakes the sweeper early once enough was written for the bound to matter. */
    void wrote(int bytes) {
        if (!bound.bounded()) {
            return;
        }
        if (writtenSinceSweep.addAndGet(bytes) >= bound.wakeAfterBytes() && wakeQueued.compareAndSet(false, true)) {
            ScheduledExecutorService t = thread;
            if (t != null && !closed) {
                try {
                    t.execute(this::sweep);
                } catch (RuntimeException shutDown) {
                    // Closed meanwhile: nothing left to keep small.
                }
            }
        }
    }

    /** One sweep; public to the package so that tests can run one and see its effect. */
    synchronized void sweep() {
        wakeQueued.set(false);
        writtenSinceSweep.set(0);
        if (closed || !file.isPrepared()) {
            return;
        }
        try {
            if (housekeeping == null) {
                housekeeping = new SqliteHousekeeping(file.connect(BUSY_MILLIS));
            }
            if (!checked) {
                SqliteSchema.readTablesAndIndexes(housekeeping.connection());
                checked = true;
            }
            removeExpired();
            keepUnderBound();
            releaseFreePagesAndCheckpoint();
        } catch (SQLException e) {
            dropConnection();
            if (SqliteFile.isDamage(e)) {
                connections.refuseDamaged(e);
            }
            // Otherwise (busy, disk full, file gone) the next sweep starts over.
        } catch (RuntimeException e) {
            dropConnection(); // such as the write turn not coming within the busy timeout
        }
    }

    private void removeExpired() throws SQLException {
        long now = System.currentTimeMillis();
        while (!closed && housekeeping.anyExpired(now)) {
            if (inWriteTurn(h -> h.deleteExpired(now)) < SqliteHousekeeping.BATCH) {
                return;
            }
        }
    }

    private void keepUnderBound() throws SQLException {
        if (!bound.bounded() || space().usedBytes() <= bound.evictAbove()) {
            return;
        }
        for (long excess; !closed && (excess = space().usedBytes() - bound.evictTo()) > 0; ) {
            long bytes = excess;
            if (inWriteTurn(h -> h.evictOldest(bytes)) == 0) {
                return;
            }
        }
    }

    private void releaseFreePagesAndCheckpoint() throws SQLException {
        SqliteSpace space = space();
        boolean released = false;
        while (!closed && space.incremental() && releasablePages(space) > 0) {
            long pages = releasablePages(space);
            inWriteTurn(h -> {
                h.releaseFreePages(pages);
                return 0;
            });
            released = true;
            space = space();
        }
        if (space.walBytes() > bound.walBytes()) {
            inWriteTurn(h -> {
                h.checkpoint(true);
                return 0;
            });
        } else if (released) {
            housekeeping.checkpoint(false); // shortens the file now, if no reader is in the way
        }
    }

    private long releasablePages(SqliteSpace space) {
        return bound.releasableBytes(space.fileBytes(), space.freePages() * space.pageSize()) / space.pageSize();
    }

    private SqliteSpace space() throws SQLException {
        return housekeeping.space(walBytes());
    }

    private long walBytes() {
        return sizeOf(file.walPath());
    }

    /** The size of the file at {@code path}, 0 if there is none or it cannot be read. */
    static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (NoSuchFileException none) {
            return 0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    private interface Step {
        int run(SqliteHousekeeping h) throws SQLException;
    }

    /** Runs one step in the process's fair turn to write; waits in line like a caller does. */
    private int inWriteTurn(Step step) throws SQLException {
        int[] result = new int[1];
        SQLException[] failure = new SQLException[1];
        file.inWriteTurn(() -> {
            try {
                result[0] = step.run(housekeeping);
            } catch (SQLException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    private void dropConnection() {
        if (housekeeping != null) {
            housekeeping.close();
            housekeeping = null;
        }
    }

    /** Stops the sweeps; a sweep under way ends after its current step. */
    @Override
    public void close() {
        closed = true;
        ScheduledExecutorService t = thread;
        if (t != null) {
            t.shutdownNow();
            try {
                t.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            dropConnection();
        }
    }
}
