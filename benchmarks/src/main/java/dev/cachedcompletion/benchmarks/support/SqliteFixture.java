package dev.cachedcompletion.benchmarks.support;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.internal.codec.ValueCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * SQLite cache files for the benchmarks, written in the store's own format: the store creates the
 * file and its schema, and bulk rows are inserted with raw JDBC in one transaction, with the very
 * digest and value bytes the store would write (computed by the generated key code and the codec).
 */
public final class SqliteFixture {

    /** The store's table of entries (see the runtime's {@code SqliteSchema}). */
    public static final String TABLE = "cc_entry";
    /** The store's table of method identities, which entries refer to by number. */
    public static final String METHODS = "cc_method";

    private static final MethodSite SITE = new CachedService_CachedCompletion().site("complete(java.lang.String)");

    private static final MessageDigest SHA_256 = newSha256();

    private SqliteFixture() {
    }

    /** A fresh path in a temporary folder; the file does not exist yet. */
    public static Path newFile(String label) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "cached-completion-bench"));
            Path file = Files.createTempFile(dir, label + "-", ".db");
            Files.delete(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Uses a SQLite store on {@code file} and stores one entry through a real call (a miss). */
    public static void openStore(Path file, CachedService service, String prompt) {
        openStore(file, "", service, prompt);
    }

    /** {@link #openStore(Path, CachedService, String)} with store options, such as {@code ?lease=off}. */
    public static void openStore(Path file, String options, CachedService service, String prompt) {
        CachedCompletions.useStore("sqlite:" + file + options);
        service.complete(prompt);
    }

    /** The digest the store uses for {@code prompt}: the generated key code's SHA-256. */
    public static byte[] digest(CachedService service, String prompt) {
        return SITE.key(service, new Object[] {prompt}).digest();
    }

    /** The bytes the store holds for {@link Answers#ANSWER}: codec header and JSON. */
    public static byte[] encodedAnswer() {
        return ValueCodec.forSite(SITE).encode(Answers.ANSWER);
    }

    /**
     * Inserts {@code count} entries, prompts from {@code prompt}, in one transaction, and returns
     * their digests by index. The store must be closed (no other connection open): rows go in
     * sorted by key with the journal off, then the file goes back to WAL, as the store keeps it.
     */
    public static byte[][] populate(Path file, CachedService service, int count, IntFunction<String> prompt) {
        return populate(file, count, i -> digest(service, prompt.apply(i)), encodedAnswer());
    }

    /**
     * Inserts {@code count} entries of the benchmarks' method with the given digests and one value,
     * as {@link #populate(Path, CachedService, int, IntFunction)} does.
     */
    public static byte[][] populate(Path file, int count, IntFunction<byte[]> digest, byte[] value) {
        byte[][] digests = new byte[count][];
        for (int i = 0; i < count; i++) {
            digests[i] = digest.apply(i);
        }
        byte[][] sorted = digests.clone();
        Arrays.sort(sorted, Arrays::compareUnsigned); // SQLite orders BLOB keys by memcmp
        long now = System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = DELETE");
                s.execute("PRAGMA synchronous = OFF");
                s.execute("PRAGMA cache_size = -262144");
            }
            c.setAutoCommit(false);
            long method = methodNumber(c);
            try (PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO " + TABLE
                    + " (key, method, created_at, expires_at, value) VALUES (?, ?, ?, NULL, ?)")) {
                for (int i = 0; i < count; i++) {
                    insert.setBytes(1, sorted[i]);
                    insert.setLong(2, method);
                    insert.setLong(3, now);
                    insert.setBytes(4, value);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode = WAL");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot populate " + file + ": " + e.getMessage(), e);
        }
        return digests;
    }

    /**
     * The number the file gives the benchmarks' method identity, added if missing. (The layout keeps
     * method identities once, in their own table.)
     */
    private static long methodNumber(Connection c) throws SQLException {
        try (PreparedStatement add = c.prepareStatement("INSERT OR IGNORE INTO " + METHODS + " (name) VALUES (?)")) {
            add.setString(1, SITE.identity());
            add.executeUpdate();
        }
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM " + METHODS + " WHERE name = ?")) {
            find.setString(1, SITE.identity());
            try (var rs = find.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Inserts one row, as a hand-written cache keyed by its own digest would, filed under the
     * benchmarks' method so that {@link RawReader} finds it with the same indexed SELECT.
     */
    public static void insert(Path file, byte[] key, byte[] value) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO " + TABLE
                        + " (key, method, created_at, expires_at, value) VALUES (?, ?, 0, NULL, ?)")) {
            insert.setBytes(1, key);
            insert.setLong(2, methodNumber(c));
            insert.setBytes(3, value);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert into " + file + ": " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the prompt's UTF-8 bytes: the key a hand-written SQLite cache would use. */
    public static byte[] sha256(String prompt) {
        try {
            MessageDigest md = (MessageDigest) SHA_256.clone(); // cheaper than getInstance per call
            return md.digest(prompt.getBytes(StandardCharsets.UTF_8));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be cloned", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Deletes the file and its WAL companions. */
    public static void delete(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // A temporary file left behind is harmless.
            }
        }
    }

    /**
     * SQLite's own floor: a prepared SELECT of the value bytes through the store's unique
     * (method, key) index, the method's number looked up once. One per thread.
     */
    public static final class RawReader implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement select;

        public RawReader(Path file) {
            try {
                connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                select = connection.prepareStatement("SELECT value FROM " + TABLE + " WHERE method = " + methodNumber(connection)
                        + " AND key = ?");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
            }
        }

        /** The stored bytes under {@code digest}, or null. */
        public byte[] select(byte[] digest) throws SQLException {
            select.setBytes(1, digest);
            try (var rs = select.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing at tear-down.
            }
        }
    }
}
