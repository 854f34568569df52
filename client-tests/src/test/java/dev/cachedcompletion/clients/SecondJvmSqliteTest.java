package dev.cachedcompletion.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two processes share one SQLite file: the first JVM's call reaches the endpoint, the second JVM's
 * identical call is answered from the file — no request — with the same response, printed whole;
 * likewise for a streamed call through each client, whose chunks and partials are printed whole.
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

    @Test
    void aSecondJvmReplaysBothClientsStreamsWithoutARequest(@TempDir Path dir) throws Exception {
        String store = "sqlite:" + dir.resolve("completions.db");

        List<String> first = runCaller(dir, "streams", store);
        int afterFirst = endpoint.requestCount();
        List<String> second = runCaller(dir, "streams", store);

        assertThat(line(first, "stream-statistics=")).isEqualTo("stream-statistics="
                + "client-tests.openai.stream:hits=0,misses=1 client-tests.langchain4j.stream:hits=0,misses=1");
        assertThat(afterFirst).isEqualTo(2);
        assertThat(line(second, "stream-statistics=")).isEqualTo("stream-statistics="
                + "client-tests.openai.stream:hits=1,misses=0 client-tests.langchain4j.stream:hits=1,misses=0");
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(line(second, "openai-stream=")).isEqualTo(line(first, "openai-stream=")).contains("chatcmpl-sim-");
        assertThat(line(second, "langchain4j-stream=")).isEqualTo(line(first, "langchain4j-stream="))
                .contains("(simulated", "chatcmpl-sim-");
        System.out.println("[client-requests] openai and langchain4j streams, two JVMs on one SQLite file: "
                + endpoint.requestCount() + " requests");
    }

    private static String responseLine(List<String> lines) {
        return line(lines, "response=");
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " line in " + lines));
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
