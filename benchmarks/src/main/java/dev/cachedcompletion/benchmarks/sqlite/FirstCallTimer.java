package dev.cachedcompletion.benchmarks.sqlite;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The first cached call of a new process against files of 10 and of 1,000,000 entries: each run is a
 * fresh JVM running {@link FirstCall}, which times its first call from inside; runs on the two files
 * take turns, after warm-up runs (the OS file cache is warm, as on a developer's machine). The big
 * file is filled with raw SQL in the store's layout (64-byte values, so that it stays near 200 MB).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.cachedcompletion.benchmarks.sqlite.FirstCallTimer 15 3
 * </pre>
 * Arguments: runs and warm-up runs per file. Prints one line per file:
 * {@code firstCall entries=... runs=... medianMs=... minMs=... maxMs=... fileMiB=...}.
 */
public final class FirstCallTimer {

    private static final int[] ENTRIES = {10, 1_000_000};

    private FirstCallTimer() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files = new ArrayList<>();
        try {
            for (int entries : ENTRIES) {
                files.add(file(entries));
            }
            double[][] millis = new double[ENTRIES.length][runs];
            for (int i = -warmups; i < runs; i++) {
                for (int f = 0; f < files.size(); f++) {
                    double ms = run(files.get(f));
                    if (i >= 0) {
                        millis[f][i] = ms;
                    }
                }
            }
            for (int f = 0; f < files.size(); f++) {
                double[] sorted = millis[f].clone();
                Arrays.sort(sorted);
                System.out.printf(Locale.ROOT, "firstCall entries=%d runs=%d medianMs=%.2f minMs=%.2f maxMs=%.2f fileMiB=%.1f%n",
                        ENTRIES[f], runs, sorted[runs / 2], sorted[0], sorted[runs - 1],
                        Files.size(files.get(f)) / 1048576.0);
            }
        } finally {
            files.forEach(SqliteFixture::delete);
        }
    }

    /** A file holding {@link FirstCall#PROMPT}'s answer and {@code entries - 1} other entries. */
    private static Path file(int entries) {
        Path file = SqliteFixture.newFile("first-call-" + entries);
        CachedService service = new CachedService();
        SqliteFixture.openStore(file, service, FirstCall.PROMPT); // creates the file and stores the answer
        CachedCompletions.useConfiguredStore(); // closes the store
        SqliteFixture.populate(file, entries - 1,
                i -> SqliteFixture.sha256("filler-" + i), "CV-filler-value-".repeat(4).getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    private static double run(Path file) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dcachedcompletion.store=sqlite:" + file,
                FirstCall.class.getName());
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || !out.startsWith("firstCallMs=")) {
            throw new IllegalStateException("FirstCall on " + file + " failed: " + out);
        }
        return Double.parseDouble(out.substring("firstCallMs=".length()));
    }
}
