package dev.cachedcompletion.benchmarks.startup;

import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times whole processes from the outside, like {@code hyperfine}: {@link FirstHit} against a SQLite
 * file that already holds its answer (JVM start to first answer, plus JVM exit), and {@link Nothing}
 * on the same class path (the JVM's own floor). Wall time from {@code ProcessBuilder.start()} to the
 * process's exit; warm-up runs first, so the OS file cache is warm as on a developer's machine. The
 * two programs take turns, so that a change in the machine's load affects both alike.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}); arguments are runs
 * and warm-up runs:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.cachedcompletion.benchmarks.startup.StartupTimer 20 3
 * </pre>
 * It prints one line per program: {@code startup program=... runs=... meanMs=... minMs=... medianMs=...}.
 */
public final class StartupTimer {

    private StartupTimer() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (String line : measure(runs, warmups)) {
            System.out.println(line);
        }
    }

    /** One result line per program. */
    public static List<String> measure(int runs, int warmups) throws IOException, InterruptedException {
        Path file = SqliteFixture.newFile("startup");
        try {
            List<String> firstHit = command(FirstHit.class, "-Dcachedcompletion.store=sqlite:" + file);
            int first = run(firstHit);
            if (first != 2) {
                throw new IllegalStateException("the first run against a new file should be a miss (exit 2), got " + first);
            }
            return time(List.of("Nothing", "FirstHit"), List.of(command(Nothing.class), firstHit), runs, warmups);
        } finally {
            SqliteFixture.delete(file);
        }
    }

    private static List<String> command(Class<?> main, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        Collections.addAll(command, jvmOptions);
        command.add(main.getName());
        return command;
    }

    /** Runs the programs in turn (round-robin), so that a change in machine load hits them alike. */
    private static List<String> time(List<String> names, List<List<String>> commands, int runs, int warmups)
            throws IOException, InterruptedException {
        double[][] millis = new double[names.size()][runs];
        for (int i = -warmups; i < runs; i++) {
            for (int p = 0; p < names.size(); p++) {
                long start = System.nanoTime();
                int exit = run(commands.get(p));
                check(names.get(p), exit);
                if (i >= 0) {
                    millis[p][i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < names.size(); p++) {
            double[] sorted = millis[p].clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
            double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
            lines.add(String.format(Locale.ROOT, "startup program=%s runs=%d meanMs=%.1f minMs=%.1f medianMs=%.1f",
                    names.get(p), runs, mean, sorted[0], median));
        }
        return lines;
    }

    private static void check(String name, int exit) {
        if (exit != 0) {
            throw new IllegalStateException(name + " exited with " + exit + " (2 = a miss where a hit was expected)");
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return p.waitFor();
    }
}
