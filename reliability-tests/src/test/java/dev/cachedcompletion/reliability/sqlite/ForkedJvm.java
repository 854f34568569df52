package dev.cachedcompletion.reliability.sqlite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real child JVM running one of the woven main classes of this package on the test's class path,
 * with the cache store set by {@code -Dcachedcompletion.store}. Its stdout is read on a thread of
 * its own into a queue, so that a test can wait for a line with a deadline instead of hanging on a
 * child that stopped talking; its stderr goes to a file, shown when an assertion needs it.
 */
final class ForkedJvm implements AutoCloseable {

    private static final String END = new String("end of stdout"); // compared by identity

    private final Process process;
    private final Path stderr;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Writer stdin;

    private ForkedJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::pumpStdout, "stdout of pid " + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ForkedJvm start(Path dir, String storeSpec, Class<?> main, Object... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // A small, quickly started JVM: the children only call the cache, they do not need peak speed.
        command.add("-Xmx128m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-Dcachedcompletion.store=" + storeSpec);
        // sqlite-jdbc extracts its native library at every start; a killed JVM would leave it in /tmp.
        command.add("-Dorg.sqlite.tmpdir=" + dir);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        for (Object arg : args) {
            command.add(String.valueOf(arg));
        }
        Path stderr = Files.createTempFile(dir, main.getSimpleName() + "-", ".stderr");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(stderr.toFile()).start();
        return new ForkedJvm(process, stderr);
    }

    private void pumpStdout() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // The stream closes when the process dies; what was read is in the queue.
        } finally {
            lines.add(END);
        }
    }

    /** The next line of stdout, or empty once stdout has ended; fails after {@code timeout}. */
    Optional<String> nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("no output from " + this + " within " + timeout + "; stderr:\n" + stderr());
        }
        if (line == END) {
            lines.add(END); // stays ended for the next caller
            return Optional.empty();
        }
        return Optional.of(line);
    }

    void send(String line) throws IOException {
        stdin.write(line + "\n");
        stdin.flush();
    }

    /** SIGKILL on Linux: no shutdown hook, no finally block, no close of the store runs. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** The exit code; fails if the process has not exited within {@code timeout}. */
    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(this + " still runs after " + timeout + "; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    String stderr() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    @Override
    public String toString() {
        return "child JVM pid " + process.pid();
    }
}
