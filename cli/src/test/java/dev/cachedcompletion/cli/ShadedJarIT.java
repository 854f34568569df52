package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.Stores.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoredEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, run as users run it: {@code java -jar cached-completion-cli.jar ...} in its own JVM. */
class ShadedJarIT {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("cli.jar");
        assertThat(jar).as("system property cli.jar (set by the pom)").isNotNull();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the jar finished within 30 s").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theJarFindsTheSqliteStoreAndRunsEveryCommand() throws Exception {
        long now = System.currentTimeMillis();
        StoredEntry e = entry("com.acme.Jokes#joke(java.lang.String)", "a", now, null, "\"hi\"");
        Files.writeString(dir.resolve("fixture.jsonl"), ExportImportTest.line(e), StandardCharsets.UTF_8);

        Run imported = java("import", "--store", "sqlite:.completions.db", "fixture.jsonl");
        Run stats = java("stats", "--store", "sqlite:.completions.db");
        Run list = java("list", "--store", "sqlite:.completions.db");
        Run export = java("export", "--store", "sqlite:.completions.db", "copy.jsonl");
        Run clear = java("clear", "--all", "--store", "sqlite:.completions.db");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("imported 1 entry from fixture.jsonl\n");
        assertThat(stats.out()).contains("entries  1\n", "com.acme.Jokes#joke(java.lang.String)");
        assertThat(list.out()).contains(e.shortKey());
        assertThat(export.out()).isEqualTo("exported 1 entry to copy.jsonl\n");
        assertThat(Files.readString(dir.resolve("copy.jsonl"))).isEqualTo(ExportImportTest.line(e));
        assertThat(clear.out()).isEqualTo("removed 1 entry\n");
        assertThat(stats.err() + list.err() + export.err() + clear.err()).isEmpty(); // no warnings either
    }

    @Test
    void exitCodesAndVersionFromTheJar() throws Exception {
        Run usage = java("stats", "--store", "memory");
        Run failure = java("stats", "--store", "sqlite:missing.db");
        Run version = java("--version");

        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.err()).contains("this tool cannot list, export, import or clear the entries of this store");
        assertThat(failure.exitCode()).isEqualTo(1);
        assertThat(failure.err()).contains("there is no cache file at");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("cached-completion-cli \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }
}
