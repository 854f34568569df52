package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that cannot be used exits with 1, says why, and is left as it was. */
class StoreFailureTest {

    @TempDir
    Path dir;

    @Test
    void aMissingCacheFileIsAFailureAndIsNotCreated() {
        Path typo = dir.resolve("completions.bd");

        for (String command : new String[] {"stats", "list"}) {
            CliRun.Result r = cli(command, "--store", Stores.spec(typo));

            assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).isEqualTo("cached-completion " + command + ": sqlite:" + typo
                    + ": there is no cache file at " + typo + "\n");
        }
        assertThat(cli("clear", "--all", "--store", Stores.spec(typo)).exitCode()).isEqualTo(1);
        assertThat(cli("export", "--store", Stores.spec(typo), dir.resolve("x.jsonl").toString()).exitCode()).isEqualTo(1);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path db = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE users (name TEXT)");
        }
        byte[] before = Files.readAllBytes(db);
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, ExportImportTest.line(Stores.entry("m", "a", 1_000, null, "1")));

        CliRun.Result stats = cli("stats", "--store", Stores.spec(db));
        CliRun.Result clear = cli("clear", "--all", "--store", Stores.spec(db));
        CliRun.Result imported = cli("import", "--store", Stores.spec(db), jsonl.toString());

        assertThat(stats.exitCode()).isEqualTo(1);
        assertThat(stats.err()).contains("is a SQLite database of another application");
        assertThat(clear.exitCode()).isEqualTo(1);
        assertThat(imported.exitCode()).isEqualTo(1);
        assertThat(imported.err()).contains("import: stopped after 0 entries; the 1 entries being written were not stored")
                .contains("another application");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
