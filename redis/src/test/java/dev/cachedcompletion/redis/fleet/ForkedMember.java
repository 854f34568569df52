package dev.cachedcompletion.redis.fleet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link FleetMember} in a new JVM, with this JVM's java binary and class path (the woven test classes). */
final class ForkedMember implements AutoCloseable {

    private final Process process;
    private final BufferedReader stdout;
    private final Path stderr;

    ForkedMember(Path dir, String storeSpec, String prompt, long modelMillis) throws IOException {
        this(dir, storeSpec, prompt, modelMillis, false);
    }

    /** With {@code stream}, the member reads {@link FleetService#answerStream} instead of calling {@code answer}. */
    ForkedMember(Path dir, String storeSpec, String prompt, long modelMillis, boolean stream) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java binary runs the tests"));
        stderr = Files.createTempFile(dir, "member", ".stderr");
        process = new ProcessBuilder(List.of(java,
                // Start fast: the member makes two calls.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dcachedcompletion.store=" + storeSpec, "-Dfleet.stream=" + stream,
                "-cp", System.getProperty("java.class.path"),
                FleetMember.class.getName(), prompt, String.valueOf(modelMillis)))
                .directory(dir.toFile()).redirectError(stderr.toFile()).start();
        stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Blocks until the member has warmed up and waits for the start signal. */
    void awaitReady() throws IOException {
        String line = stdout.readLine();
        if (!"ready".equals(line)) {
            throw new IOException("expected 'ready' from the forked JVM, got " + line + "; stderr: " + Files.readString(stderr));
        }
    }

    /** Lets the member make its call. */
    void go() throws IOException {
        Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        in.write("go\n");
        in.flush();
    }

    /** The member's {@code answer=} and {@code calls=} lines, once it has ended. */
    Result result() throws IOException, InterruptedException {
        String answer = null;
        int calls = -1;
        for (String line; (line = stdout.readLine()) != null; ) {
            if (line.startsWith("answer=")) {
                answer = line.substring("answer=".length());
            } else if (line.startsWith("calls=")) {
                calls = Integer.parseInt(line.substring("calls=".length()));
            }
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IOException("the forked JVM did not end within 30 s");
        }
        if (process.exitValue() != 0 || answer == null) {
            throw new IOException("the forked JVM failed (exit " + process.exitValue() + "): " + Files.readString(stderr));
        }
        return new Result(answer, calls);
    }

    record Result(String answer, int calls) {
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
