package dev.cachedcompletion.reliability.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a {@code main} class of this module in a fresh JVM on the test class path, and collects its output. */
final class ForkedJvm {

    /** What the JVM printed and how it ended. */
    record Result(int exitCode, List<String> stdout, String stderr) {
    }

    private ForkedJvm() {
    }

    /**
     * Runs {@code main} with {@code jvmOptions} and {@code args}; fails if it does not end within
     * {@code timeoutSeconds}. The store environment variable is removed so only the options configure it.
     */
    static Result run(List<String> jvmOptions, Class<?> main, List<String> args, Path workDir, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        Path out = workDir.resolve(main.getSimpleName() + ".out");
        Path err = workDir.resolve(main.getSimpleName() + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("CACHEDCOMPLETION_STORE");
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(main.getSimpleName() + " did not end within " + timeoutSeconds + " s; stderr: "
                    + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readAllLines(out), Files.readString(err));
    }
}
