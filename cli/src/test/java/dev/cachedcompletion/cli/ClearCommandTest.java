package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.Stores.DAY;
import static dev.cachedcompletion.cli.Stores.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoredEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClearCommandTest {

    static final long T = StatsCommandTest.T;

    @TempDir
    Path dir;

    Path db;
    final StoredEntry oldJoke = entry("jokes", "old", T - 10 * DAY, null, "1");
    final StoredEntry newJoke = entry("jokes", "new", T - DAY, null, "2");
    final StoredEntry oldSummary = entry("summaries", "old", T - 10 * DAY, null, "3");
    final StoredEntry newSummary = entry("summaries", "new", T - DAY, null, "4");

    @BeforeEach
    void fourEntries() {
        db = dir.resolve("c.db");
        Stores.put(db, oldJoke, newJoke, oldSummary, newSummary);
    }

    private CliRun.Result clear(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "clear";
        args[1] = "--store";
        args[2] = Stores.spec(db);
        System.arraycopy(options, 0, args, 3, options.length);
        return new CliRun().clock(Clock.fixed(StatsCommandTest.NOW, ZoneOffset.UTC)).run(args);
    }

    @Test
    void allRemovesEveryEntryAndCountsThem() {
        CliRun.Result r = clear("--all");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("removed 4 entries\n");
        assertThat(Stores.entries(db)).isEmpty();
    }

    @Test
    void methodRemovesThatMethodsEntriesOnly() {
        CliRun.Result r = clear("--method", "jokes");

        assertThat(r.out()).isEqualTo("removed 2 entries of jokes\n");
        assertThat(Stores.entries(db)).containsExactlyInAnyOrder(oldSummary, newSummary);
    }

    @Test
    void olderThanRemovesEntriesCreatedBeforeTheCutoff() {
        CliRun.Result r = clear("--older-than", "7d");

        assertThat(r.out()).isEqualTo("removed 2 entries created before 2025-06-03T12:00:00Z\n");
        assertThat(Stores.entries(db)).containsExactlyInAnyOrder(newJoke, newSummary);
    }

    @Test
    void methodAndOlderThanTogetherRemoveTheirIntersection() {
        CliRun.Result r = clear("--method", "jokes", "--older-than", "P7D");

        assertThat(r.out()).isEqualTo("removed 1 entry of jokes created before 2025-06-03T12:00:00Z\n");
        assertThat(Stores.entries(db)).doesNotContain(oldJoke).hasSize(3);
    }

    @Test
    void anUnknownMethodRemovesNothingAndSaysSo() {
        CliRun.Result r = clear("--method", "jokes(java.lang.String)");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("removed 0 entries of jokes(java.lang.String)\n");
        assertThat(r.err()).contains("no entry has the method 'jokes(java.lang.String)'");
        assertThat(Stores.entries(db)).hasSize(4);
    }

    @Test
    void nothingToSayWhatToRemoveIsAUsageError() {
        CliRun.Result r = clear();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("say what to remove: --all, --method <id>, --older-than <duration>")
                .contains("Usage: cached-completion clear");
        assertThat(Stores.entries(db)).hasSize(4);
    }

    @Test
    void allWithAFilterIsAUsageError() {
        CliRun.Result r = clear("--all", "--older-than", "7d");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--all removes every entry and cannot be combined with --method or --older-than");
        assertThat(Stores.entries(db)).hasSize(4);
    }

    @Test
    void malformedDurationIsAUsageErrorNamingTheOptionAndTheValidForms() {
        CliRun.Result r = clear("--older-than", "7 days");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Invalid value for option '--older-than': '7 days': not a duration "
                + "(use 250ms, 30s, 10m, 12h, 7d or ISO-8601 such as PT90M)");
        assertThat(Stores.entries(db)).hasSize(4);
    }
}
