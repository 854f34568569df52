package dev.cachedcompletion.internal.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The file of one {@link SqliteStore}, guarded: created readable and writable by its owner only,
 * checked once before it is used ({@link SqliteFileCheck}), refused while it cannot be used, and
 * written by one thread of this process at a time.
 *
 * <p>A refused file is checked again at most once per {@link #RECHECK_AFTER}; a file SQLite reported
 * damaged is not checked again at all until another file takes its place at the path. Thread-safe.
 */
final class SqliteFile {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(1);

    private final Path path;
    private final int busyTimeoutMillis;
    private final SqliteBound bound;
    private final String description;
    /**
     * Writers of this process take turns here, in arrival order, rather than in SQLite's busy handler,
     * which polls with growing sleeps: under steady writes one thread could miss every free moment for
     * the whole busy timeout, and its answer, already paid for, was not stored.
     */
    private final ReentrantLock writeTurn = new ReentrantLock(true);

    private volatile boolean prepared;
    private volatile long refusedUntilNanos;
    private volatile SQLException refusal;
    /** The identity of the file SQLite found damaged, which is refused without a second look; or null. */
    private volatile Object damagedFile;

    SqliteFile(Path path, Duration busyTimeout, SqliteBound bound) {
        this.path = path.toAbsolutePath().normalize();
        this.busyTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis());
        this.bound = bound;
        this.description = "sqlite:" + this.path;
    }

    Path path() {
        return path;
    }

    int busyTimeoutMillis() {
        return busyTimeoutMillis;
    }

    /** The size the file and its WAL are kept near. */
    SqliteBound bound() {
        return bound;
    }

    /** The WAL journal beside the file. */
    Path walPath() {
        return Path.of(path + "-wal");
    }

    /** {@code sqlite:<absolute path>}, the start of every message about this file. */
    String description() {
        return description;
    }

    /** Whether the file passed its check and has not been refused since. */
    boolean isPrepared() {
        return prepared;
    }

    /**
     * Checks the file once per process (again after a refusal, at most once per RECHECK_AFTER).
     *
     * @throws SQLException the reason the file is refused, the same one until it is checked again
     */
    void prepare() throws SQLException {
        if (!prepared) {
            prepareOnce();
        }
    }

    private synchronized void prepareOnce() throws SQLException {
        if (prepared) {
            return;
        }
        SQLException refused = refusal;
        if (refused != null && (System.nanoTime() - refusedUntilNanos < 0 || isTheDamagedFile())) {
            throw refused;
        }
        try {
            createFileIfMissing();
            SqliteFileCheck.run(this);
            refusal = null;
            damagedFile = null;
            prepared = true;
        } catch (SQLException e) {
            SQLException reason = isDamage(e) ? damaged(e) : e;
            refuse(reason);
            throw reason;
        } catch (IOException | RuntimeException e) {
            SQLException wrapped = new SQLException("cannot create " + path + " (" + e + "): make sure its"
                    + " directory can be created and written, or point cachedcompletion.store at another file", e);
            refuse(wrapped);
            throw wrapped;
        }
    }

    private void refuse(SQLException reason) {
        refusal = reason;
        refusedUntilNanos = System.nanoTime() + RECHECK_AFTER.toNanos();
    }

    /**
     * Refuses the file from now on, as if it had been refused at open, for the damage SQLite reported
     * in a later operation ({@link #isDamage} is true of {@code e}); returns the refusal.
     */
    synchronized SQLException stopUsing(SQLException e) {
        SQLException damage = damaged(e);
        prepared = false;
        refuse(damage);
        return damage;
    }

    /** Runs {@code work} in this process's turn to write, waiting for the turn at most the busy timeout. */
    void inWriteTurn(Runnable work) {
        boolean myTurn;
        try {
            myTurn = writeTurn.tryLock(busyTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqliteStoreException(description + ": interrupted while waiting to write", e);
        }
        if (!myTurn) {
            throw new SqliteStoreException(description + ": other threads of this process kept the file busy for "
                    + "more than busyTimeout=" + busyTimeoutMillis + "ms; if this repeats, raise busyTimeout in "
                    + "cachedcompletion.store", null);
        }
        try {
            work.run();
        } finally {
            writeTurn.unlock();
        }
    }

    Connection connect() throws SQLException {
        return connect(busyTimeoutMillis);
    }

    /**
     * A connection that waits at most {@code busyTimeoutMillis} for another writer. Every connection
     * truncates the WAL to the bound's share when it resets it, and checkpoints at half that share,
     * so that the WAL, which counts in the bound, does not keep the size of its largest burst.
     */
    Connection connect(int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setJournalSizeLimit((int) bound.walBytes());
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = " + bound.checkpointPages());
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private void createFileIfMissing() throws IOException {
        if (Files.exists(path)) {
            return;
        }
        Path parent = path.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException raced) {
            // Another process created it first; it set the permissions.
        }
    }

    /** SQLITE_CORRUPT (11) or SQLITE_NOTADB (26) from SQLite: the file is damaged, or not a database at all. */
    static boolean isDamage(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        return !(e instanceof SqliteSchema.RefusedFileException) && (code == 11 || code == 26);
    }

    /**
     * The refusal for a file SQLite reports damaged or not a database. A damaged one is remembered:
     * a second look could miss damage it does not read and start writing to the file again.
     */
    private SQLException damaged(SQLException e) {
        if ((e.getErrorCode() & 0xFF) == 26) {
            return new SqliteSchema.RefusedFileException(path + " is not a SQLite database (" + e.getMessage()
                    + "). It is left untouched: point cachedcompletion.store at a file of its own.", e);
        }
        damagedFile = fileIdentity();
        return new SqliteSchema.RefusedFileException(path + " is damaged (" + e.getMessage() + "). It is left"
                + " untouched and no longer used: move or delete it to start a new cache, or point"
                + " cachedcompletion.store at another file.", e);
    }

    private boolean isTheDamagedFile() {
        Object damaged = damagedFile;
        return damaged != null && damaged.equals(fileIdentity());
    }

    /** The file system's identity of the file at the path (device and inode on Unix), or null if there is none. */
    private Object fileIdentity() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.fileKey() != null ? attributes.fileKey() : attributes.creationTime();
        } catch (IOException gone) {
            return null;
        }
    }
}
