package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.CompactableStore;
import dev.cachedcompletion.spi.StoreSpace;
import dev.cachedcompletion.spi.StoredEntry;
import dev.cachedcompletion.spi.StoredValue;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code sqlite:<path>}: one file shared by the threads and processes of a machine.
 *
 * <p>WAL journal (readers never wait for the writer), {@code synchronous=NORMAL} (a committed entry
 * survives a crash of the process), a busy timeout that bounds how long a call waits for another
 * writer, prepared statements on a small pool of connections, and an upsert, so that concurrent
 * writers of one key never fail on a unique constraint. The file is created readable and writable
 * by its owner only; keys are stored as SHA-256 digests, never as prompt text. Long values are
 * deflated ({@link SqlitePacking}); the layout is {@link SqliteSchema}'s.
 *
 * <p>A {@link SqliteSweeper} keeps the file in shape in the background: it removes expired entries,
 * keeps the file near {@code maxBytes} by evicting the oldest entries, and reads every page once so
 * that damage is found without the first call waiting for it.
 *
 * <p>A file that cannot be used (not SQLite, damaged, another application's, a newer schema, an
 * unwritable directory) is never deleted or rewritten: every call fails fast (and the caller treats
 * it as a miss) and the file is checked again at most once per {@link SqliteFile#RECHECK_AFTER}. A
 * file is damaged when SQLite says so, in the sweeper's first read of every page or in any operation.
 * From then on that file is not opened again, so not written, until another file takes its place.
 * Thread-safe.
 *
 * <p>A miss can take a lease ({@link SqliteLeases}), so that one process of the machine calls the
 * model for a key while the others wait for its answer.
 *
 * <p>The parts: {@link SqliteFile} guards the file (its creation, its check and refusal, the turn
 * to write), {@link SqliteConnections} lends connections to it, {@link SqliteSweeper} tidies it, and
 * this class is the store.
 */
final class SqliteStore implements CompactableStore, LeasingStore {

    private final SqliteFile file;
    private final SqliteConnections connections;
    private final SqliteSweeper sweeper;
    private final Duration defaultTtl;
    /** {@code null} with {@code lease=off}. */
    private final SqliteLeases leases;

    /**
     * @param bound the size the file and its WAL are kept near, or none
     * @param lease how long one process may hold the right to compute a key; {@code null}: no leases
     */
    SqliteStore(Path path, Duration busyTimeout, Duration defaultTtl, SqliteBound bound, Duration lease) {
        this.file = new SqliteFile(path, busyTimeout, bound);
        this.connections = new SqliteConnections(file);
        this.sweeper = new SqliteSweeper(file, connections);
        this.defaultTtl = defaultTtl;
        this.leases = lease == null ? null : new SqliteLeases(connections, file.busyTimeoutMillis(), lease, this::get);
    }

    @Override
    public StoredValue get(CacheKey key) {
        byte[] digest = key.digest();
        byte[] value = connections.run(c -> c.select(key.methodId(), digest, System.currentTimeMillis()));
        sweeper.start();
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
        connections.write(c -> c.upsert(digest, key.methodId(), now, expiresAt, value.bytes()));
        sweeper.start();
        sweeper.wrote(value.bytes().length);
    }

    /** Never throws: {@link Lease#UNCOORDINATED} with {@code lease=off} or while the file cannot be used. */
    @Override
    public Lease acquireLease(CacheKey key) {
        return leases == null ? Lease.UNCOORDINATED : leases.acquire(key);
    }

    @Override
    public void clear() {
        connections.write(SqliteConnection::deleteAll);
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
        connections.write(c -> c.upsertAll(entries));
    }

    @Override
    public StoreSpace space() {
        return browser().space(file.walPath()).toStoreSpace(file.bound().maxBytes());
    }

    /** Converts a file of schema 1 first, as the first call of an application would. */
    @Override
    public StoreSpace compact() {
        browser().requireFile(); // creates nothing
        connections.run(c -> null); // checks the file, converts schema 1
        file.inWriteTurn(() -> connections.run(c -> {
            try (Connection own = file.connect()) { // VACUUM wants a connection with no statement of its own
                SqliteCompaction.run(own);
            }
            return null;
        }));
        return space();
    }

    private SqliteFileBrowser browser() {
        connections.requireOpen();
        return new SqliteFileBrowser(file.path(), file.busyTimeoutMillis(), file.description());
    }

    @Override
    public String describe() {
        return file.description();
    }

    @Override
    public void close() {
        sweeper.close();
        if (leases != null) {
            leases.releaseAll();
        }
        connections.close();
    }

    /** Runs one sweep now, on the calling thread: for tests, which cannot wait for a tick. */
    void sweepNow() {
        sweeper.sweep();
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
