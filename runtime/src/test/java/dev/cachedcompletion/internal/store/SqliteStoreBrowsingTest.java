package dev.cachedcompletion.internal.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoredEntry;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What tools rely on when they browse a cache file: entries as stored, nothing created or purged behind their back. */
class SqliteStoreBrowsingTest {

    private static final long DAY = 86_400_000L;
    private static final SyntheticSite SITE = SyntheticSite.strings("browse.Service#ask(java.lang.String)", 1);

    @TempDir
    Path dir;

    @Test
    void entryPutByTheLibraryIsSeenWithItsDigestMethodAndValue() {
        try (BrowsableStore store = open(dir.resolve("c.db"))) {
            long before = System.currentTimeMillis();
            store.put(SITE.keyOf("prompt"), StoredValue.ofBytes("answer".getBytes(UTF_8)), java.time.Duration.ofDays(7));

            List<StoredEntry> seen = all(store, null);

            assertThat(seen).hasSize(1);
            StoredEntry e = seen.get(0);
            assertThat(e.keyDigest()).isEqualTo(SITE.keyOf("prompt").digest());
            assertThat(e.shortKey()).isEqualTo(SITE.keyOf("prompt").shortDigest());
            assertThat(e.methodId()).isEqualTo(SITE.identity());
            assertThat(e.createdMillis()).isBetween(before, System.currentTimeMillis());
            assertThat(e.expiresMillis()).isEqualTo(e.createdMillis() + 7 * DAY);
            assertThat(new String(e.value(), UTF_8)).isEqualTo("answer");
        }
    }

    @Test
    void putAllKeepsCreatedAndExpiresAndTheLibraryAnswersFromIt() {
        long now = System.currentTimeMillis();
        StoredEntry imported = new StoredEntry(SITE.keyOf("q").digest(), SITE.identity(), now - 3 * DAY, now + DAY,
                "from a fixture".getBytes(UTF_8));
        try (BrowsableStore store = open(dir.resolve("c.db"))) {
            store.putAll(List.of(imported));

            assertThat(all(store, null)).containsExactly(imported);
            assertThat(new String(store.get(SITE.keyOf("q")).bytes(), UTF_8)).isEqualTo("from a fixture");
        }
    }

    @Test
    void putAllReplacesAnEntryWithTheSameDigest() {
        byte[] digest = SITE.keyOf("q").digest();
        StoredEntry old = new StoredEntry(digest, SITE.identity(), 1_000, null, new byte[] {1});
        StoredEntry newer = new StoredEntry(digest, "renamed", 2_000, 9_999_999_999_999L, new byte[] {2, 3});
        try (BrowsableStore store = open(dir.resolve("c.db"))) {
            store.putAll(List.of(old));
            store.putAll(List.of(newer));

            assertThat(all(store, null)).containsExactly(newer);
        }
    }

    @Test
    void entriesComeOrderedByMethodThenDigestAndCanBeFilteredByMethod() {
        SyntheticSite other = SyntheticSite.strings("a.First#ask(java.lang.String)", 1);
        try (BrowsableStore store = open(dir.resolve("c.db"))) {
            for (int i = 0; i < 20; i++) {
                store.put(SITE.keyOf("p" + i), StoredValue.ofBytes(new byte[] {(byte) i}), null);
                store.put(other.keyOf("p" + i), StoredValue.ofBytes(new byte[] {(byte) i}), null);
            }

            List<StoredEntry> seen = all(store, null);
            List<StoredEntry> sorted = new ArrayList<>(seen);
            sorted.sort((x, y) -> x.methodId().equals(y.methodId())
                    ? Arrays.compareUnsigned(x.keyDigest(), y.keyDigest()) : x.methodId().compareTo(y.methodId()));

            assertThat(seen).hasSize(40).isEqualTo(sorted);
            assertThat(all(store, other.identity())).hasSize(20).allMatch(e -> e.methodId().equals(other.identity()));
            assertThat(store.count(null)).isEqualTo(40);
            assertThat(store.count(other.identity())).isEqualTo(20);
            assertThat(store.count("no.Such#method()")).isZero();
        }
    }

    @Test
    void browsingShowsExpiredEntriesAndDoesNotDeleteThem() {
        long now = System.currentTimeMillis();
        StoredEntry expired = new StoredEntry(SITE.keyOf("old").digest(), SITE.identity(), now - 2 * DAY, now - DAY, new byte[] {1});
        Path file = dir.resolve("c.db");
        try (BrowsableStore writer = open(file)) {
            writer.putAll(List.of(expired));
        }

        try (BrowsableStore fresh = open(file)) {
            assertThat(all(fresh, null)).containsExactly(expired);
            assertThat(fresh.count(null)).isEqualTo(1);
            assertThat(fresh.get(SITE.keyOf("old"))).isNull();
            ((SqliteStore) fresh).sweepNow(); // the sweeper, not a call, removes it
            assertThat(fresh.count(null)).isZero();
        }
    }

    @Test
    void removeByMethodAndAgeCountsWhatItRemoved() {
        long now = System.currentTimeMillis();
        SyntheticSite other = SyntheticSite.strings("a.First#ask(java.lang.String)", 1);
        try (BrowsableStore store = open(dir.resolve("c.db"))) {
            store.putAll(List.of(
                    entry(SITE, "old", now - 10 * DAY), entry(SITE, "new", now),
                    entry(other, "old", now - 10 * DAY), entry(other, "new", now)));

            assertThat(store.remove(SITE.identity(), now - 7 * DAY)).isEqualTo(1);
            assertThat(store.remove(null, now - 7 * DAY)).isEqualTo(1);
            assertThat(store.remove(other.identity(), null)).isEqualTo(1);
            assertThat(all(store, null)).extracting(StoredEntry::methodId).containsExactly(SITE.identity());
            assertThat(store.remove(null, null)).isEqualTo(1);
            assertThat(store.count(null)).isZero();
        }
    }

    @Test
    void readingOrRemovingAMissingFileFailsAndCreatesNothing() {
        Path missing = dir.resolve("typo.db");
        try (BrowsableStore store = open(missing)) {
            assertThatThrownBy(() -> store.count(null)).hasMessageContaining("there is no cache file at " + missing);
            assertThatThrownBy(() -> store.forEach(null, e -> { })).hasMessageContaining("no cache file");
            assertThatThrownBy(() -> store.remove(null, null)).hasMessageContaining("no cache file");
        }
        assertThat(missing).doesNotExist();
    }

    @Test
    void anEmptyDatabaseHasNoEntriesAndStaysEmpty() throws Exception {
        Path file = dir.resolve("empty.db");
        Files.createFile(file);
        try (BrowsableStore store = open(file)) {
            assertThat(store.count(null)).isZero();
            assertThat(all(store, null)).isEmpty();
        }
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (name TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        try (BrowsableStore store = open(file)) {
            assertThatThrownBy(() -> store.count(null)).hasMessageContaining("another application");
            assertThatThrownBy(() -> store.remove(null, null)).hasMessageContaining("another application");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anExceptionFromTheActionReachesTheCallerUnchanged() {
        IllegalStateException thrown = new IllegalStateException("disk full while exporting");
        try (BrowsableStore store = open(dir.resolve("c.db"))) {
            store.put(SITE.keyOf("p"), StoredValue.ofBytes(new byte[] {1}), null);

            assertThatThrownBy(() -> store.forEach(null, e -> {
                throw thrown;
            })).isSameAs(thrown);
            assertThat(store.count(null)).isEqualTo(1); // and the store still works
        }
    }

    @Test
    void readingStreamsFromTheMethodIndexWithoutSorting() throws Exception {
        Path file = dir.resolve("c.db");
        try (BrowsableStore store = open(file)) {
            store.put(SITE.keyOf("p"), StoredValue.ofBytes(new byte[] {1}), null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("EXPLAIN QUERY PLAN " + SqliteConnection.entriesQuery(false))) {
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString("detail")).append('\n');
            }
            assertThat(text.toString()).contains(SqliteSchema.KEY_INDEX).doesNotContain("TEMP B-TREE");
        }
    }

    private static StoredEntry entry(SyntheticSite site, String prompt, long created) {
        return new StoredEntry(site.keyOf(prompt).digest(), site.identity(), created, null, new byte[] {7});
    }

    private static List<StoredEntry> all(BrowsableStore store, String method) {
        List<StoredEntry> seen = new ArrayList<>();
        store.forEach(method, seen::add);
        return seen;
    }

    private static BrowsableStore open(Path file) {
        return (BrowsableStore) new SqliteStoreProvider().open(StoreSpec.parse("sqlite:" + file));
    }
}
