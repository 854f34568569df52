package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.Stores.DAY;
import static dev.cachedcompletion.cli.Stores.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoredEntry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

    static final long T = StatsCommandTest.T;

    @TempDir
    Path dir;

    @Test
    void oneLinePerEntryOrderedByMethodWithShortKeyTimesAndSize() {
        Path db = dir.resolve("c.db");
        StoredEntry joke = entry("com.acme.Jokes#joke(java.lang.String)", "a", T - 3 * DAY, T + 4 * DAY, "\"12345\"");
        StoredEntry summary = entry("a.summarize", "c", T - 9 * DAY, null, "[1,2,3]");
        Stores.put(db, joke, summary);

        CliRun.Result r = CliRun.cli("list", "--store", Stores.spec(db));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "KEY           CREATED               EXPIRES                     SIZE  METHOD",
                summary.shortKey() + "  2025-06-01T12:00:00Z  never                         15  a.summarize",
                joke.shortKey() + "  2025-06-07T12:00:00Z  2025-06-14T12:00:00Z          15  com.acme.Jokes#joke(java.lang.String)",
                ""));
        assertThat(joke.shortKey()).hasSize(12).isEqualTo(joke.keyHex().substring(0, 12));
    }

    @Test
    void methodFilterShowsOnlyThatMethod() {
        Path db = dir.resolve("c.db");
        Stores.put(db, entry("one#m()", "a", T, null, "1"), entry("two#m()", "b", T, null, "2"),
                entry("one#m()", "c", T, null, "3"));

        CliRun.Result r = CliRun.cli("list", "--store", Stores.spec(db), "--method", "one#m()");

        assertThat(r.out().lines().skip(1)).hasSize(2).allMatch(line -> line.endsWith("  one#m()"));
    }

    @Test
    void storeGivenBeforeTheCommandWorksToo() {
        Path db = dir.resolve("c.db");
        Stores.put(db, entry("one#m()", "a", T, null, "1"));

        assertThat(CliRun.cli("--store", Stores.spec(db), "list").out().lines()).hasSize(2);
    }
}
