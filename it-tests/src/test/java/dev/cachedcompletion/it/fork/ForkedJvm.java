package dev.cachedcompletion.it.fork;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ForkedCaller} in a new JVM with this JVM's java binary and class path (which in
 * surefire holds the woven target/classes), the way a second process of an application would run.
 */
final class ForkedJvm {

    record Result(int exitCode, String stdout, String stderr) {
    }

    private ForkedJvm() {
    }

    static Result callForkService(Path workDir, String storeProperty, String prompt)
            throws IOException, InterruptedException {
        return callForkService(workDir, storeProperty, prompt, List.of());
    }

    /** With {@code extraArgs} after the prompt, e.g. {@code stream}. */
    static Result callForkService(Path workDir, String storeProperty, String prompt, List<String> extraArgs)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java binary runs the tests"));
        List<String> command = new ArrayList<>(List.of(java,
                // Start fast: the child makes one call.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dcachedcompletion.store=" + storeProperty,
                "-cp", System.getProperty("java.class.path"),
                ForkedCaller.class.getName(), prompt));
        command.addAll(extraArgs);
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the forked JVM did not finish within 60 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
