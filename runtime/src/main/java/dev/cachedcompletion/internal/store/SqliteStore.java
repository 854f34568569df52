package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.StoredEntry;
import dev.cachedcompletion.spi.StoredValue;
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
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;

/**
 * {@code sqlite:<path>}: one file shared by the threads and processes of a machine.
 *
 * <p>WAL journal (readers never wait for the writer), {@code synchronous=NORMAL} (a committed entry
 * survives a crash of the process), a busy timeout that bounds how long a call waits for another
 * writer, prepared statements on a small pool of connections, and an upsert, so that concurrent
 * writers of one key never fail on a unique constraint. The file is created readable and writable
 * by its owner only; keys are stored as SHA-256 digests, never as prompt text.
 *
 * <p>A file that cannot be used (not SQLite, damaged, another application's, a newer schema, an
 * unwritable directory) is never deleted or rewritten: every call fails fast (and the caller treats
 * it as a miss) and the file is checked again at most once per {@link #RECHECK_AFTER}. A file is
 * damaged when SQLite says so: at open, which reads every page of the table and its index, or in
 * any later operation (damage in the overflow pages of a long value shows only when it is read).
 * From then on that file is not opened again, so not written, until another file takes its place.
 * Thread-safe.
 */
final class SqliteStore implements BrowsableStore {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(1);
    private static final int MAX_IDLE_CONNECTIONS = 4;

    private final Path path;
    private final int busyTimeoutMillis;
    private final Duration defaultTtl;
    private final String description;
    private final ConcurrentLinkedDeque<SqliteConnection> idle = new ConcurrentLinkedDeque<>();
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
    private volatile boolean closed;

    SqliteStore(Path path, Duration busyTimeout, Duration defaultTtl) {
        this.path = path.toAbsolutePath().normalize();
        this.busyTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis());
        this.defaultTtl = defaultTtl;
        this.description = "sqlite:" + this.path;
    }

    @Override
    public StoredValue get(CacheKey key) {
        byte[] digest = key.digest();
        byte[] value = run(c -> c.select(digest, System.currentTimeMillis()));
        return value == null ? null : StoredValue.ofBytes(value);
    }

    @Override
    public void put(CacheKey key, StoredValue value, Duration ttl) {
        if (value.bytes() == null) {
            throw new IllegalArgumentException("the SQLite store holds encoded bytes only");
        }
        byte[] digest = key.digest();
        Duration lifetime = ttl != null ? ttl : defaultTtl;
        long now = System.currentTimeMillis();
        Long expiresAt = lifetime == null ? null : saturatedAdd(now, saturatedMillis(lifetime));
        write(c -> c.upsert(digest, key.methodId(), now, expiresAt, value.bytes()));
    }

    @Override
    public void clear() {
        write(SqliteConnection::deleteAll);
    }

    // BrowsableStore, for tools. Reading and removing go through SqliteFileBrowser, which never
    // creates the file nor deletes expired rows; putAll creates the file like put does.

    @Override
    public void forEach(String methodId, Consumer<? super StoredEntry> action) {
        browser().forEach(methodId, action);
    }

    @Override
    public long count(String methodId) {
        return browser().count(methodId);
    }

    @Override
    public long remove(String methodId, Long createdBeforeMillis) {
        return browser().remove(methodId, createdBeforeMillis);
    }

    @Override
    public void putAll(List<StoredEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        write(c -> c.upsertAll(entries));
    }

    private SqliteFileBrowser browser() {
        if (closed) {
            throw new IllegalStateException(description + " is closed");
        }
        return new SqliteFileBrowser(path, busyTimeoutMillis, description);
    }

    @Override
    public String describe() {
        return description;
    }

    /** The file this store uses. */
    Path path() {
        return path;
    }

    @Override
    public void close() {
        closed = true;
        for (SqliteConnection c; (c = idle.pollFirst()) != null; ) {
            c.close();
        }
    }

    private interface Work<T> {
        T run(SqliteConnection c) throws SQLException;
    }

    private interface Write {
        void run(SqliteConnection c) throws SQLException;
    }

    /** Runs {@code work} in this process's turn, waiting for the turn at most the busy timeout. */
    private void write(Write work) {
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
            run(c -> {
                work.run(c);
                return null;
            });
        } finally {
            writeTurn.unlock();
        }
    }

    private <T> T run(Work<T> work) {
        if (closed) {
            throw new IllegalStateException(description + " is closed");
        }
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

    private SqliteStoreException failure(Exception e) {
        Exception reason = e;
        if (e instanceof SQLException && isDamage((SQLException) e)) {
            SQLException damage = damaged((SQLException) e);
            stopUsing(damage);
            reason = damage;
        }
        return new SqliteStoreException(description + ": " + reason.getMessage(), reason);
    }

    private SqliteConnection borrow() throws SQLException {
        if (!prepared) {
            prepare(); // before reusing a connection too: a refused file is refused for every call
        }
        SqliteConnection c = idle.pollFirst();
        return c != null ? c : new SqliteConnection(connect());
    }

    private void giveBack(SqliteConnection c) {
        if (closed || !prepared || idle.size() >= MAX_IDLE_CONNECTIONS) {
            c.close();
        } else {
            idle.offerFirst(c);
        }
    }

    /** Checks the file once per process (again after a refusal, at most once per RECHECK_AFTER). */
    private synchronized void prepare() throws SQLException {
        if (prepared) {
            return;
        }
        SQLException refused = refusal;
        if (refused != null && (System.nanoTime() - refusedUntilNanos < 0 || isTheDamagedFile())) {
            throw refused;
        }
        try {
            createFileIfMissing();
            prepareWithRetries();
            refusal = null;
            damagedFile = null;
            prepared = true;
        } catch (SQLException e) {
            refuse(e);
            throw e;
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

    /** Refuses the file from now on, as if it had been refused at open, and drops the idle connections. */
    private synchronized void stopUsing(SQLException reason) {
        prepared = false;
        refuse(reason);
        for (SqliteConnection c; (c = idle.pollFirst()) != null; ) {
            c.close();
        }
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

    private void prepareWithRetries() throws SQLException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(busyTimeoutMillis);
        for (int attempt = 1; ; attempt++) {
            try (Connection c = connect()) {
                SqliteSchema.checkOrCreate(c, path.toString());
                SqliteSchema.readTableAndIndex(c);
                useWriteAheadLog(c);
                deleteExpired(c);
                return;
            } catch (SqliteSchema.RefusedFileException e) {
                throw e;
            } catch (SQLException e) {
                if (isDamage(e)) {
                    throw damaged(e);
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

    /**
     * Removes expired rows, if no other connection is writing: housekeeping must not make the first
     * call wait for the busy timeout before the call's own write waits for it again.
     */
    private static void deleteExpired(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0"); // this connection is closed after the check
        }
        try (SqliteConnection cleaner = new SqliteConnection(c)) {
            cleaner.deleteExpired(System.currentTimeMillis());
        } catch (SQLException e) {
            if (isDamage(e)) {
                throw e;
            }
            // Otherwise ignored: expired rows are never returned anyway.
        }
    }

    private static String stringPragma(Statement s, String pragma) throws SQLException {
        try (var rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        return DriverManager.getConnection("jdbc:sqlite:" + path, config.toProperties());
    }

    /** SQLITE_CORRUPT (11) or SQLITE_NOTADB (26) from SQLite: the file is damaged, or not a database at all. */
    private static boolean isDamage(SQLException e) {
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

    /** A TTL too long for milliseconds means "never expires", not a failed put. */
    private static long saturatedMillis(Duration d) {
        try {
            return d.toMillis();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
