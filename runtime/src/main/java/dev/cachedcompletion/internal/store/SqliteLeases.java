package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.StoredValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sqlite.SQLiteConnection;

/**
 * The leases of one {@link SqliteStore}: a table of the cache file with one row per key that some
 * process is computing, {@code (key digest, random token, expires_at)}. Taking a lease is one
 * upsert that succeeds only where there is no row or an expired one, so SQLite's write lock decides
 * between processes; releasing deletes the row only while it still holds the releaser's token.
 * Expiry is wall-clock milliseconds, which every process of one machine shares.
 *
 * <p>The table is created on first use ({@code CREATE TABLE IF NOT EXISTS}), not by the schema: the
 * schema version is unchanged, so a version of this library without leases still opens the file, and
 * simply ignores the table. Every failure is thrown as a {@link SqliteStoreException}; the table is
 * created again after one, in case the file was replaced. Thread-safe.
 */
final class SqliteLeases {

    static final String TABLE = "cached_completion_lease";

    /** Lease rows whose lease ended this long ago are removed when a process first takes a lease. */
    private static final long STALE_AFTER_MILLIS = Duration.ofHours(1).toMillis();

    private static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS " + TABLE + " ("
            + "key BLOB NOT NULL PRIMARY KEY, "   // the entry's key digest
            + "token TEXT NOT NULL, "             // random per lease: only its holder releases it
            + "expires_at INTEGER NOT NULL"       // epoch milliseconds
            + ") WITHOUT ROWID";
    private static final String DELETE_STALE = "DELETE FROM " + TABLE + " WHERE expires_at <= ?";
    private static final String TAKE = "INSERT INTO " + TABLE + " (key, token, expires_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (key) DO UPDATE SET token = excluded.token, expires_at = excluded.expires_at"
            + " WHERE " + TABLE + ".expires_at <= ?";
    private static final String EXPIRY = "SELECT expires_at FROM " + TABLE + " WHERE key = ?";
    private static final String RELEASE = "DELETE FROM " + TABLE + " WHERE key = ? AND token = ?";

    private final SqliteConnections connections;
    /** The leases this store holds now, token → key digest. */
    private final ConcurrentHashMap<String, byte[]> holding = new ConcurrentHashMap<>();
    private final Function<CacheKey, StoredValue> entries;
    private final Duration ttl;
    private final int busyTimeoutMillis;
    private final int lockWaitMillis;
    private volatile boolean tableReady;

    /**
     * @param entries reads a key's stored value (the store's {@code get}), to see the holder's answer
     * @param ttl how long a lease lasts; a waiter waits at most twice that (see {@link SqliteLease})
     */
    SqliteLeases(SqliteConnections connections, int busyTimeoutMillis, Duration ttl,
            Function<CacheKey, StoredValue> entries) {
        this.connections = connections;
        this.entries = entries;
        this.ttl = ttl;
        this.busyTimeoutMillis = busyTimeoutMillis;
        // A lease is worth less than an answer already paid for: it waits for another process's write
        // a tenth of what a put waits, so that a call under a held write lock stalls little more than
        // busyTimeout in all (the put after it waits the full busyTimeout).
        this.lockWaitMillis = Math.max(1, busyTimeoutMillis / 10);
    }

    /**
     * The lease on {@code key} for one caller: granted, held by another process, or
     * {@link Lease#UNCOORDINATED} when the file cannot be used for leases right now (refused, busy
     * beyond the lock wait, closed). Never throws.
     */
    Lease acquire(CacheKey key) {
        try {
            return SqliteLease.acquire(this, key);
        } catch (RuntimeException e) {
            return Lease.UNCOORDINATED; // each process computes its own miss, as without leases
        }
    }

    Duration ttl() {
        return ttl;
    }

    StoredValue entry(CacheKey key) {
        return entries.apply(key);
    }

    /**
     * Releases every lease this store still holds: called when the store closes, so that a stream or
     * call still in flight when the application switches stores does not make the other processes (and
     * this one, through a new store on the same file) wait for a holder that can no longer store.
     */
    void releaseAll() {
        for (var held : holding.entrySet()) {
            try {
                release(held.getValue(), held.getKey());
            } catch (RuntimeException e) {
                // The file failed: the lease expires on its own.
            }
        }
    }

    /** Takes the lease on {@code digest} if no process holds it, or its holder's lease expired; returns the new token, or null. */
    String take(byte[] digest) {
        ensureTable();
        String token = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        boolean[] taken = new boolean[1];
        write(c -> {
            try (PreparedStatement s = c.prepareStatement(TAKE)) {
                s.setBytes(1, digest);
                s.setString(2, token);
                s.setLong(3, now + ttl.toMillis());
                s.setLong(4, now);
                taken[0] = s.executeUpdate() == 1;
            }
        });
        if (!taken[0]) {
            return null;
        }
        holding.put(token, digest);
        return token;
    }

    /** When the lease on {@code digest} expires (epoch ms), or null if no process holds one. */
    Long expiry(byte[] digest) {
        ensureTable();
        return guarded(() -> connections.run(c -> {
            try (PreparedStatement s = c.jdbc().prepareStatement(EXPIRY)) {
                s.setBytes(1, digest);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        }));
    }

    /** Deletes the lease on {@code digest} if it still holds {@code token}: after expiry it may be another process's. */
    void release(byte[] digest, String token) {
        if (holding.remove(token) == null) {
            return; // released already, when the store closed
        }
        ensureTable();
        write(c -> {
            try (PreparedStatement s = c.prepareStatement(RELEASE)) {
                s.setBytes(1, digest);
                s.setString(2, token);
                s.executeUpdate();
            }
        });
    }

    private void ensureTable() {
        if (tableReady) {
            return;
        }
        write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(CREATE_TABLE);
            }
            try (PreparedStatement s = c.prepareStatement(DELETE_STALE)) {
                s.setLong(1, System.currentTimeMillis() - STALE_AFTER_MILLIS); // leases of processes that died
                s.executeUpdate();
            }
        });
        tableReady = true;
    }

    private interface LeaseWrite {
        void run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in this process's turn to write, waiting for another process's write lock at
     * most {@link #lockWaitMillis}.
     */
    private void write(LeaseWrite work) {
        guarded(() -> {
            connections.write(c -> {
                SQLiteConnection sqlite = c.jdbc().unwrap(SQLiteConnection.class);
                sqlite.setBusyTimeout(lockWaitMillis);
                try {
                    work.run(c.jdbc());
                } finally {
                    sqlite.setBusyTimeout(busyTimeoutMillis); // a failure here closes the connection
                }
            });
            return null;
        });
    }

    private <T> T guarded(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            tableReady = false; // the file may have been replaced by one without the table
            throw e;
        }
    }
}
