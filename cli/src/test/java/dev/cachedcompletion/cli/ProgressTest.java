package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.Stores.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoredEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @TempDir
    Path dir;

    @Test
    void reportsAtMostOncePerSecondWithCountShareAndRate() {
        AtomicLong nanos = new AtomicLong();
        StringWriter err = new StringWriter();
        Progress progress = new Progress("export", "entries", n -> (int) (100 * n / 4000), new PrintWriter(err), nanos::get);

        for (int i = 0; i < 4000; i++) {
            nanos.addAndGet(1_000_000); // 1 ms per entry
            progress.step();
        }

        assertThat(err.toString().lines()).containsExactly(
                "export: 1000 entries (25%), 1000 entries/s",
                "export: 2000 entries (50%), 1000 entries/s",
                "export: 3000 entries (75%), 1000 entries/s",
                "export: 4000 entries (100%), 1000 entries/s");
    }

    @Test
    void aRunShorterThanASecondPrintsNothing() {
        StringWriter err = new StringWriter();
        AtomicLong nanos = new AtomicLong();
        Progress progress = new Progress("import", "lines", n -> -1, new PrintWriter(err), nanos::get);

        for (int i = 0; i < 999; i++) {
            nanos.addAndGet(1_000_000);
            progress.step();
        }

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void longExportsAndImportsReportOnStderrAndKeepStdoutForTheResult() {
        Path db = dir.resolve("c.db");
        List<StoredEntry> entries = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            entries.add(entry("m", "k" + i, 1_000, null, Integer.toString(i)));
        }
        Stores.put(db, entries.toArray(StoredEntry[]::new));
        AtomicLong nanos = new AtomicLong();
        CliRun slowClock = new CliRun().nanoTime(() -> nanos.addAndGet(1_000_000)); // 1 ms passes per reading
        Path jsonl = dir.resolve("out.jsonl");

        CliRun.Result export = slowClock.run("export", "--store", Stores.spec(db), jsonl.toString());
        CliRun.Result imported = slowClock.run("import", "--store", Stores.spec(dir.resolve("copy.db")), jsonl.toString());

        assertThat(export.out()).isEqualTo("exported 2500 entries to " + jsonl + "\n");
        assertThat(export.err().lines()).containsExactly(
                "export: 1000 entries (40%), 1000 entries/s", "export: 2000 entries (80%), 1000 entries/s");
        assertThat(imported.out()).isEqualTo("imported 2500 entries from " + jsonl + "\n");
        assertThat(imported.err().lines()).hasSize(2).allMatch(line -> line.matches("import: \\d+ lines \\(\\d+%\\), 1000 lines/s"));
    }
}
