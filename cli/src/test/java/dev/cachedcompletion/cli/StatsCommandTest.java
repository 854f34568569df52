package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.Stores.DAY;
import static dev.cachedcompletion.cli.Stores.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoredEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

    static final Instant NOW = Instant.parse("2025-06-10T12:00:00Z");
    static final long T = NOW.toEpochMilli();

    @TempDir
    Path dir;

    private CliRun cli() {
        return new CliRun().clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void totalsAndPerMethodRowsWithExpiredEntriesCounted() {
        Path db = dir.resolve("c.db");
        Stores.put(db,
                entry("com.acme.Jokes#joke(java.lang.String)", "a", T - 3 * DAY, T + 4 * DAY, "\"12345\""),   // 15 bytes
                entry("com.acme.Jokes#joke(java.lang.String)", "b", T - DAY, null, "\"1\""),                  // 11 bytes
                entry("summarize", "c", T - 9 * DAY, T - 2 * DAY, "[1,2,3]"));                               // 15 bytes, expired

        CliRun.Result r = cli().run("stats", "--store", Stores.spec(db));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "store    sqlite:" + db,
                "entries  3",
                "expired  1 (no longer returned; removed by a running application, or by compact)",
                "bytes    41",
                fileLine(db),
                "oldest   2025-06-01T12:00:00Z",
                "newest   2025-06-09T12:00:00Z",
                "",
                "  ENTRIES   EXPIRED        BYTES  OLDEST                NEWEST                METHOD",
                "        2         0           26  2025-06-07T12:00:00Z  2025-06-09T12:00:00Z  com.acme.Jokes#joke(java.lang.String)",
                "        1         1           15  2025-06-01T12:00:00Z  2025-06-01T12:00:00Z  summarize",
                ""));
    }

    @Test
    void tokensHeldArePerMethodWhenAnswersReportedTheirUsage() {
        Path db = dir.resolve("c.db");
        Stores.put(db,
                new StoredEntry(Stores.digest("a"), "chat", T - DAY, null,
                        Stores.valueWithUsage("{\"text\":\"hi\"}", 100, 20, "gpt-4o-mini")),
                new StoredEntry(Stores.digest("b"), "chat", T, null,
                        Stores.valueWithUsage("{\"text\":\"ho\"}", 27, 3, "gpt-4o-mini")),
                entry("plain", "c", T, null, "\"no usage\""));

        String out = cli().run("stats", "--store", Stores.spec(db)).out();

        assertThat(out).contains("tokens   127 input, 23 output (what the held answers cost the model;");
        assertThat(out).contains("  ENTRIES   EXPIRED        BYTES    IN TOKENS   OUT TOKENS  OLDEST");
        assertThat(out).containsPattern("\n +2 +0 +\\d+ +127 +23  2025-06-09T12:00:00Z  2025-06-10T12:00:00Z  chat\n");
        assertThat(out).containsPattern("\n +1 +0 +\\d+ +0 +0  2025-06-10T12:00:00Z  2025-06-10T12:00:00Z  plain\n");
    }

    @Test
    void statsLeavesExpiredEntriesInPlace() {
        Path db = dir.resolve("c.db");
        Stores.put(db, entry("m", "old", T - 9 * DAY, T - 2 * DAY, "1"));

        cli().run("stats", "--store", Stores.spec(db));

        assertThat(Stores.entries(db)).hasSize(1);
    }

    @Test
    void anEmptyStoreHasNoTable() {
        Path db = dir.resolve("c.db");
        Stores.put(db, entry("m", "a", T, null, "1"));
        try (var store = Stores.open(db)) {
            store.remove(null, null);
        }

        CliRun.Result r = cli().run("stats", "--store", Stores.spec(db));

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("store    sqlite:" + db + "\nentries  0\nbytes    0\n" + fileLine(db) + "\n");
    }

    @Test
    void freePagesLeftByRemovedEntriesAreShown() {
        Path db = dir.resolve("c.db");
        StoredEntry[] entries = new StoredEntry[40];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = entry("m", "e" + i, T, null, Stores.randomJsonString(3_000, i));
        }
        Stores.put(db, entries);
        try (var store = Stores.open(db)) {
            store.remove(null, null);
        }

        String out = cli().run("stats", "--store", Stores.spec(db)).out();

        assertThat(out).containsPattern("file     \\d+ \\(\\d+\\.\\d KiB\\); WAL \\d+[^;]*; [1-9]\\d* free pages,"
                + " \\d+ \\(\\d+\\.\\d KiB\\), which compact gives back\n");
    }

    /** The file line for the file as it is now: its figures come from the file. */
    private static String fileLine(Path db) {
        try (var store = (dev.cachedcompletion.spi.CompactableStore) Stores.open(db)) {
            return StoreStatistics.fileLine(store.space());
        }
    }

    @Test
    void largeTotalsAlsoShowABinaryUnit() {
        Path db = dir.resolve("c.db");
        Stores.put(db, entry("m", "big", T, null, "\"" + "x".repeat(3 * 1024 * 1024) + "\""));

        assertThat(cli().run("stats", "--store", Stores.spec(db)).out()).contains("bytes    3145738 (3.0 MiB)");
    }
}
