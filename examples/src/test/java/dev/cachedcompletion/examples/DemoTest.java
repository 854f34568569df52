package dev.cachedcompletion.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, kept honest: the demo's three runs as demo.sh makes them, each in its
 * own JVM against the simulated endpoint (no API key in the environment, no latency), and what they
 * print about the cache and the requests that reached the model.
 */
class DemoTest {

    @Test
    void theThreeRunsOfTheDemoSayWhatTheCacheDid(@TempDir Path dir) throws Exception {
        String sqlite = "sqlite:" + dir.resolve("demo.db");

        String memory = runDemo(dir, "memory");
        String firstSqlite = runDemo(dir, sqlite);
        String secondSqlite = runDemo(dir, sqlite);

        for (String run : List.of(memory, firstSqlite)) {
            assertThat(run).contains("Model: SIMULATED gpt-4o-mini")
                    .contains("This run: 3 hit(s), 3 miss(es), 0 store error(s).")
                    .contains("HTTP requests that reached the simulated model endpoint in this run: 3.")
                    .contains("OpenAI Java SDK, streamed");
            assertThat(occurrences(run, "(model called)")).isEqualTo(3);
            assertThat(occurrences(run, "(from the cache)")).isEqualTo(3);
        }
        assertThat(secondSqlite).contains("This run: 6 hit(s), 0 miss(es), 0 store error(s).")
                .contains("HTTP requests that reached the simulated model endpoint in this run: 0.");
        assertThat(occurrences(secondSqlite, "(from the cache)")).isEqualTo(6);
        // Each answer's usage, stored with it by the first SQLite run, counted twice by the hits of the second.
        assertThat(secondSqlite).containsPattern("JokeAssistant#chat\\(.*\\): 2 hit\\(s\\), 0 miss\\(es\\), [1-9]\\d*\\+[1-9]\\d* tokens saved")
                .containsPattern("CompletionsClient#complete\\(.*\\): 2 hit\\(s\\), 0 miss\\(es\\), [1-9]\\d*\\+[1-9]\\d* tokens saved")
                .containsPattern("StreamingCompletionsClient#stream\\(.*\\): 2 hit\\(s\\), 0 miss\\(es\\), [1-9]\\d*\\+[1-9]\\d* tokens saved")
                .containsPattern("Tokens the hits did not spend: [1-9]\\d* input, [1-9]\\d* output; \\$0\\.0000[1-9]\\d at cachedcompletion.prices=gpt-4o-mini:0.15/0.60.");
        assertThat(secondSqlite).contains("chatcmpl-sim-1").contains("chatcmpl-sim-2");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String runDemo(Path dir, String store) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java binary runs the tests"));
        ProcessBuilder builder = new ProcessBuilder(java, "-Ddemo.latency=0ms", "-Ddemo.chunkDelay=1ms",
                "-Dcachedcompletion.prices=gpt-4o-mini:0.15/0.60",
                "-cp", System.getProperty("java.class.path"), Demo.class.getName(), store)
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("demo-" + System.nanoTime() + ".out").toFile());
        builder.environment().remove("OPENAI_API_KEY"); // the test must never spend money
        Path out = builder.redirectOutput().file().toPath();
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the demo did not finish within 90 s");
        }
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; output:%n%s", printed).isZero();
        return printed;
    }
}
