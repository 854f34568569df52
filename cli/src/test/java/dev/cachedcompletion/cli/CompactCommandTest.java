package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.Stores.DAY;
import static dev.cachedcompletion.cli.Stores.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoredEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactCommandTest {

    @TempDir
    Path dir;

    @Test
    void compactRemovesExpiredEntriesAndGivesFreePagesBack() throws Exception {
        Path db = dir.resolve("c.db");
        long now = System.currentTimeMillis();
        StoredEntry kept = entry("m", "kept", now, null, "\"kept\"");
        Stores.put(db, kept, entry("m", "expired", now - DAY / 2, now - DAY / 24, "\"expired\""));
        StoredEntry[] big = new StoredEntry[200];
        for (int i = 0; i < big.length; i++) {
            big[i] = entry("m", "big" + i, now - 3 * DAY, null, Stores.randomJsonString(4_000, i));
        }
        Stores.put(db, big);
        try (var store = Stores.open(db)) {
            assertThat(store.remove("m", now - DAY)).as("the big entries, removed").isEqualTo(200);
        }
        long before = Files.size(db);

        CliRun.Result r = new CliRun().run("compact", "--store", Stores.spec(db));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("store    sqlite:" + db + "\nbefore   ").contains("\nafter    ", "0 free pages\n");
        assertThat(Files.size(db)).isLessThan(before / 10);
        assertThat(Stores.entries(db)).containsExactly(kept);
    }

    @Test
    void compactOfAMissingFileCreatesNothing() {
        Path db = dir.resolve("missing.db");

        CliRun.Result r = new CliRun().run("compact", "--store", Stores.spec(db));

        assertThat(r.exitCode()).isEqualTo(Cli.FAILURE);
        assertThat(r.err()).contains("there is no cache file");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void compactListedAmongTheCommands() {
        assertThat(new CliRun().run("--help").out()).contains("compact", "Removes expired entries and shrinks the file");
        assertThat(List.of(new CliRun().run("compact", "--help").out().split("\n"))).anyMatch(l -> l.contains("busy"));
    }
}
