package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.CliRun.cli;
import static dev.cachedcompletion.cli.Stores.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong command line exits with 2 and a message that names the argument and the valid forms. */
class UsageTest {

    @TempDir
    Path dir;

    @Test
    void noCommandListsTheCommands() {
        CliRun.Result r = cli();

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required subcommand")
                .contains("stats", "list", "clear", "export", "import");
    }

    @Test
    void anUnknownCommandIsNamed() {
        CliRun.Result r = cli("purge", "--store", "sqlite:x.db");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument at index 0: 'purge'").contains("Commands:");
    }

    @Test
    void anUnknownOptionIsNamedWithTheCommandsOptions() {
        CliRun.Result r = cli("list", "--methods", "x");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("cached-completion list: Unknown options: '--methods', 'x'\n"
                + "Possible solutions: --method\n").contains("Usage: cached-completion list", "--method=<id>");
    }

    @Test
    void aMissingFileArgumentIsNamed() {
        CliRun.Result r = cli("export", "--store", "sqlite:x.db");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: '<file.jsonl>'");
    }

    @Test
    void noStoreAnywhereSaysHowToGiveOne() {
        CliRun.Result r = cli("stats");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cached-completion stats: no store given: pass --store sqlite:.completions.db "
                + "(any sqlite:<path>), or set -Dcachedcompletion.store or CACHEDCOMPLETION_STORE as for the application.\n");
    }

    @Test
    void aMalformedSpecNamesTheOptionTheValueAndTheValidForms() {
        CliRun.Result r = cli("stats", "--store", "sqlite:");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("cached-completion stats: --store=\"sqlite:\" is not a valid cache store: "
                        + "'sqlite' needs a file path after 'sqlite:'. Valid forms: ")
                .contains("sqlite:<path, e.g. .completions.db>");
    }

    @Test
    void anUnknownStoreIsAUsageError() {
        CliRun.Result r = cli("stats", "--store", "postgres://db");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown store 'postgres'").contains("Valid forms: ");
    }

    @Test
    void theMemoryStoreCannotBeBrowsedFromOutsideItsJvm() {
        CliRun.Result r = cli("list", "--store", "memory");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cached-completion list: --store=\"memory\": this tool cannot list, export, "
                + "import or clear the entries of this store: a memory store lives inside the JVM of the application "
                + "that uses it. Pass a store kept in a file, such as --store sqlite:.completions.db.\n");
    }

    @Test
    void noneCannotBeBrowsedEitherAndTheSourceIsNamed() {
        CliRun.Result r = new CliRun().environment("CACHEDCOMPLETION_STORE", "none").run("clear", "--all");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("cached-completion clear: CACHEDCOMPLETION_STORE=\"none\": this tool cannot "
                + "list, export, import or clear the entries of this store: 'none' stores nothing.");
    }

    @Test
    void aStoreThatCannotBeBrowsedIsNamedWithoutItsPassword() {
        CliRun.Result r = new CliRun().environment("CACHEDCOMPLETION_STORE", "redis://app:hun?ter2@cache:6379/0")
                .run("list");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("cached-completion list: CACHEDCOMPLETION_STORE=\"redis://***@cache:6379/0\": "
                + "this tool cannot list").doesNotContain("hun").doesNotContain("ter2");
    }

    @Test
    void theStoreComesFromThePropertyThenTheEnvironmentLikeTheLibrary() {
        Path fromProperty = dir.resolve("property.db");
        Path fromEnvironment = dir.resolve("environment.db");
        Stores.put(fromProperty, entry("p", "a", 1_000, null, "1"));
        Stores.put(fromEnvironment, entry("e", "a", 1_000, null, "1"), entry("e", "b", 1_000, null, "1"));

        CliRun both = new CliRun().property("cachedcompletion.store", Stores.spec(fromProperty))
                .environment("CACHEDCOMPLETION_STORE", Stores.spec(fromEnvironment));
        CliRun environmentOnly = new CliRun().environment("CACHEDCOMPLETION_STORE", Stores.spec(fromEnvironment));

        assertThat(both.run("stats").out()).contains("entries  1\n");
        assertThat(environmentOnly.run("stats").out()).contains("entries  2\n");
        assertThat(both.run("stats", "--store", Stores.spec(fromEnvironment)).out()).contains("entries  2\n");
    }

    @Test
    void importOfAMissingFileIsAUsageErrorAndCreatesNoStore() {
        Path db = dir.resolve("c.db");

        CliRun.Result r = cli("import", "--store", Stores.spec(db), dir.resolve("nope.jsonl").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot import " + dir.resolve("nope.jsonl") + ": there is no such file");
        assertThat(db).doesNotExist();
    }

    @Test
    void exportIntoAMissingDirectoryIsAUsageError() {
        Path db = dir.resolve("c.db");
        Stores.put(db);

        CliRun.Result r = cli("export", "--store", Stores.spec(db), dir.resolve("no/such/dir/out.jsonl").toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("the directory " + dir.resolve("no/such/dir") + " does not exist");
    }

    @Test
    void exportOntoADirectoryIsAUsageError() {
        Path db = dir.resolve("c.db");

        CliRun.Result r = cli("export", "--store", Stores.spec(db), dir.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write " + dir + ": it is a directory");
    }

    @Test
    void helpAndVersionExitWithZero() {
        CliRun.Result help = cli("--help");
        CliRun.Result commandHelp = cli("help", "clear");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: cached-completion", "--store=<spec>", "Exit codes:",
                "3  import done, but some lines were rejected",
                "  stats    How much the store holds, in all and per method.\n")
                .endsWith("Example: cached-completion stats --store sqlite:.completions.db\n");
        assertThat(commandHelp.exitCode()).isZero();
        assertThat(commandHelp.out()).contains("--older-than=<duration>", "250ms, 30s, 10m,");
        assertThat(cli("--version").out()).startsWith("cached-completion-cli ");
    }
}
