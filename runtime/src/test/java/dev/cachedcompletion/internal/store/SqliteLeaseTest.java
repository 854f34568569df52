package dev.cachedcompletion.internal.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite lease beyond the store contract: expiry and take-over, the owner token, the bounded
 * wait, failures that leave the caller uncoordinated instead of failing it, and a file that the
 * schema check still accepts. Each store stands for a process: stores do not share connections.
 */
class SqliteLeaseTest {

    private static final SyntheticSite SITE = SyntheticSite.strings("lease.Service#ask(java.lang.String)", 1);
    /** Short, so that expiry is quick to reach; waits below are bounded by twice this. */
    private static final long LEASE_MILLIS = 300;
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final List<CompletionStore> opened = new ArrayList<>();

    @AfterEach
    void closeStores() {
        opened.forEach(CompletionStore::close);
    }

    @Test
    void aLeaseWhoseHolderStoppedIsTakenOverByAWaiterOnceItExpires() {
        CacheKey key = SITE.keyOf("holder dies");
        Lease dead = process().acquireLease(key); // never released, as by a killed process
        Lease waiter = process().acquireLease(key);
        assertThat(dead.granted()).isTrue();
        assertThat(waiter.granted()).isFalse();

        StoredValue value = assertTimeoutPreemptively(NO_HANG, waiter::awaitValue);

        assertThat(value).as("no value: the waiter computes it").isNull();
        assertThat(waiter.granted()).as("the waiter took the expired lease over").isTrue();
        assertThat(process().acquireLease(key).granted()).as("a third process while the successor holds it").isFalse();
        waiter.close();
        assertThat(process().acquireLease(key).granted()).as("after the successor released it").isTrue();
    }

    @Test
    void aHolderWhoseLeaseWasTakenOverCannotReleaseTheSuccessorsLease() throws Exception {
        CacheKey key = SITE.keyOf("slow holder");
        Lease slow = process().acquireLease(key);
        Thread.sleep(LEASE_MILLIS + 200); // past its expiry
        Lease successor = process().acquireLease(key);
        assertThat(successor.granted()).as("an expired lease is free").isTrue();

        slow.close(); // the first holder finishes late and releases what it believes is its lease

        assertThat(process().acquireLease(key).granted()).as("the successor still holds the lease").isFalse();
        assertThat(leaseRows()).isEqualTo(1);
    }

    @Test
    void aWaiterWhoseHolderEndsWithoutAValueComputesItWithoutALease() {
        CacheKey key = SITE.keyOf("holder fails");
        Lease holder = process().acquireLease(key);
        Lease waiter = process().acquireLease(key);

        holder.close(); // its model call failed: nothing stored

        assertThat(assertTimeoutPreemptively(NO_HANG, waiter::awaitValue)).isNull();
        assertThat(waiter.granted()).isFalse();
        assertThat(leaseRows()).isZero();
    }

    @Test
    void aWaiterGetsTheValueStoredBetweenItsLookUpAndItsLease() {
        CacheKey key = SITE.keyOf("stored meanwhile");
        LeasingStore other = process();
        other.put(key, StoredValue.ofBytes("theirs".getBytes(UTF_8)), null);

        Lease late = process().acquireLease(key); // after a look-up that missed, as the engine asks

        assertThat(late.granted()).as("the value is there: no need to compute it").isFalse();
        assertThat(new String(late.awaitValue().bytes(), UTF_8)).isEqualTo("theirs");
        assertThat(leaseRows()).as("the lease taken for a moment was given back").isZero();
    }

    @Test
    void theWaitIsBoundedEvenWhenTheLeaseNeverSeemsToExpire() throws Exception {
        CacheKey key = SITE.keyOf("clock jumped");
        Lease holder = process().acquireLease(key);
        // Another process's clock set far back (or forward) would write an expiry far away.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + SqliteLeases.TABLE + " SET expires_at = " + Long.MAX_VALUE);
        }
        Lease waiter = process().acquireLease(key);

        assertThat(assertTimeoutPreemptively(NO_HANG, waiter::awaitValue)).isNull();
        assertThat(waiter.granted()).as("it computes without the lease").isFalse();
        holder.close();
    }

    @Test
    void withLeaseOffEveryProcessComputesItsOwnMisses() {
        LeasingStore store = open("?lease=off");

        assertThat(store.acquireLease(SITE.keyOf("q"))).isSameAs(Lease.UNCOORDINATED);
    }

    @Test
    void aFileThatCannotBeUsedLeavesTheCallerUncoordinatedWithoutAnException() throws Exception {
        Files.writeString(file(), "not a database\n".repeat(100));

        assertThat(process().acquireLease(SITE.keyOf("q"))).isSameAs(Lease.UNCOORDINATED);
    }

    @Test
    void aFileWriteLockedByAnotherProcessLeavesTheCallerUncoordinated() throws Exception {
        LeasingStore store = process();
        store.get(SITE.keyOf("opens the file"));
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = holder.createStatement()) {
            s.execute("BEGIN IMMEDIATE");

            assertThat(store.acquireLease(SITE.keyOf("q"))).isSameAs(Lease.UNCOORDINATED);

            s.execute("ROLLBACK");
        }
        assertThat(store.acquireLease(SITE.keyOf("q")).granted()).as("leases again once the lock is gone").isTrue();
    }

    @Test
    void aWaiterWhoseStoreFailsStopsWaitingAndComputes() {
        CacheKey key = SITE.keyOf("store closes");
        process().acquireLease(key);
        LeasingStore waiting = process();
        Lease waiter = waiting.acquireLease(key);

        waiting.close();

        assertThat(assertTimeoutPreemptively(NO_HANG, waiter::awaitValue)).isNull();
    }

    @Test
    void theLeaseTableLeavesTheFileAsTheSchemaCheckWantsIt() throws Exception {
        LeasingStore store = process();
        store.put(SITE.keyOf("kept"), StoredValue.ofBytes("kept".getBytes(UTF_8)), null);
        store.acquireLease(SITE.keyOf("leased"));

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            assertThat(SqliteSchema.intPragma(c, "application_id")).isEqualTo(SqliteSchema.APPLICATION_ID);
            assertThat(SqliteSchema.intPragma(c, "user_version")).as("schema version unchanged").isEqualTo(SqliteSchema.VERSION);
            assertThat(SqliteSchema.checkExisting(c, file().toString())).isTrue();
        }
        try (CompletionStore later = open("")) {
            assertThat(new String(later.get(SITE.keyOf("kept")).bytes(), UTF_8)).isEqualTo("kept");
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Path file() {
        return dir.resolve("leases.db");
    }

    /** A store of its own on the shared file, as another process would open it. */
    private LeasingStore process() {
        return open("?lease=" + LEASE_MILLIS + "ms");
    }

    private LeasingStore open(String options) {
        CompletionStore store = new SqliteStoreProvider().open(StoreSpec.parse("sqlite:" + file() + options));
        opened.add(store);
        return (LeasingStore) store;
    }

    private long leaseRows() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + SqliteLeases.TABLE);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
