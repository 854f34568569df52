package dev.cachedcompletion.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two processes share one SQLite file: the first JVM's call reaches the endpoint, the second JVM's
 * identical call is answered from the file — no request — with the same response, printed whole.
 */
class SecondJvmSqliteTest {

    @RegisterExtension
    static final EndpointExtension endpoint = new EndpointExtension();

    @ParameterizedTest
    @ValueSource(strings = {"langchain4j", "openai"})
    void aSecondJvmOnTheSameFileSendsNoRequest(String client, @TempDir Path dir) throws Exception {
        String store = "sqlite:" + dir.resolve("completions.db");

        List<String> first = runCaller(dir, client, store);
        int afterFirst = endpoint.requestCount();
        List<String> second = runCaller(dir, client, store);

        assertThat(first).contains("outcome=MISS");
        assertThat(afterFirst).isEqualTo(1);
        assertThat(second).contains("outcome=HIT");
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(responseLine(second)).isEqualTo(responseLine(first)).contains("chatcmpl-sim-");
        System.out.println("[client-requests] " + client + " two JVMs on one SQLite file: "
                + endpoint.requestCount() + " request");
    }

    private static String responseLine(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("response=")).findFirst()
                .orElseThrow(() -> new AssertionError("no response line in " + lines));
    }

    private static List<String> runCaller(Path dir, String client, String store)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java binary runs the tests"));
        List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dcachedcompletion.store=" + store,
                "-cp", System.getProperty("java.class.path"),
                SecondJvmCaller.class.getName(), client, endpoint.baseUrl());
        Path out = dir.resolve(client + "-" + System.nanoTime() + ".out");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the forked JVM did not finish within 90 s: " + command);
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; output:%n%s", String.join("\n", lines)).isZero();
        return lines;
    }
}
