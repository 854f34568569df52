package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.benchmarks.startup.StartupTimer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole suite in one run, and the report of docs/PERFORMANCE.md: every JMH benchmark at 1 and
 * 2 threads, the memory-store footprint and the start-up timing, then tables and the goal ratios
 * computed from this run's numbers, printed as Markdown and written to {@code <out>/report.md}
 * beside the JMH JSON files.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}); about 25 minutes on
 * 2 cores ({@code --quick}: a few minutes, to check the pipeline, numbers not meaningful):
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.cachedcompletion.benchmarks.Suite --out benchmarks/target/results
 * </pre>
 */
public final class Suite {

    private static final String[] HIT_COLUMNS = {"direct", "mapMemo", "springCaffeine", "memoryStore", "sqliteStore",
        "rawJdbcSelect", "handWrittenSqlite"};

    private static final String[] SIZES = {"64", "1024", "16384", "262144"};

    /** Above 16 KB a Redis hit is mostly the prompt's SHA-256, which {@code KeyHashBenchmark} measures. */
    private static final String[] REDIS_SIZES = {"64", "1024", "16384"};

    private final boolean quick;
    private final Path out;
    private final List<RunResult> results = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();

    private Suite(boolean quick, Path out) {
        this.quick = quick;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        boolean quick = false;
        Path out = Path.of("benchmarks", "target", "results");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("usage: Suite [--quick] [--out DIR]; unknown: " + args[i]);
            }
        }
        Files.createDirectories(out);
        new Suite(quick, out).run();
    }

    private void run() throws Exception {
        // One JMH run per parameter set, so that the columns compared in a row run back to back
        // (minutes apart otherwise, in JMH's benchmark-by-benchmark order) and a change in the
        // machine's load between them distorts a ratio less.
        for (String size : SIZES) {
            for (String prompt : new String[] {"built", "reused"}) {
                jmh("hit-t1-" + prompt + "-" + size, HitBenchmark.class, 1, Map.of("prompt", prompt, "promptBytes", size));
            }
            jmh("hit-t2-built-" + size, HitBenchmark.class, 2, Map.of("prompt", "built", "promptBytes", size));
        }
        for (String size : SIZES) {
            for (int threads = 1; threads <= 2; threads++) {
                jmh("miss-t" + threads + "-" + size, MissBenchmark.class, threads, Map.of("promptBytes", size));
            }
        }
        for (String size : SIZES) {
            jmh("keyhash-t1-" + size, KeyHashBenchmark.class, 1, Map.of("promptBytes", size));
        }
        for (String size : REDIS_SIZES) {
            for (int threads = 1; threads <= 2; threads++) {
                jmh("redis-t" + threads + "-" + size, RedisBenchmark.class, threads, Map.of("promptBytes", size));
            }
        }
        for (String entries : quick ? new String[] {"10000"} : new String[] {"10000", "100000", "1000000"}) {
            for (int threads = 1; threads <= 2; threads++) {
                jmh("scale-t" + threads + "-" + entries, ScaleBenchmark.class, threads, Map.of("entries", entries));
            }
        }
        List<String> footprint = new ArrayList<>();
        for (String promptBytes : new String[] {"64", "1024", "16384"}) {
            footprint.add(footprint(quick ? "100000" : "1000000", promptBytes, quick ? "32m" : "256m"));
        }
        List<String> startup = StartupTimer.measure(quick ? 5 : 20, quick ? 1 : 3);

        new Report(results, footprint, startup, report).write();
        Files.writeString(out.resolve("report.md"), report);
        System.out.println(report);
    }

    private void jmh(String name, Class<?> benchmark, int threads, Map<String, String> params) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .threads(threads)
                .forks(1)
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve(name + ".json").toString());
        if (quick) {
            options.warmupIterations(1).measurementIterations(2)
                    .warmupTime(TimeValue.milliseconds(300)).measurementTime(TimeValue.milliseconds(300));
        }
        params.forEach(options::param);
        Collection<RunResult> run = new Runner(options.build()).run();
        results.addAll(run);
    }

    /** Runs {@link MemoryFootprint} in its own JVM, so that nothing else shares its heap. */
    private static String footprint(String entries, String promptBytes, String bound)
            throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx6g", "-cp", System.getProperty("java.class.path"), MemoryFootprint.class.getName(),
                entries, promptBytes, bound);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String line = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                System.out.println(l);
                if (l.startsWith("footprint ")) {
                    line = l;
                }
            }
        }
        if (p.waitFor() != 0 || line == null) {
            throw new IllegalStateException("MemoryFootprint failed: " + command);
        }
        return line;
    }

    /** Turns the results into Markdown tables and goal lines. */
    static final class Report {
        private final List<RunResult> results;
        private final List<String> footprint;
        private final List<String> startup;
        private final StringBuilder md;

        Report(List<RunResult> results, List<String> footprint, List<String> startup, StringBuilder md) {
            this.results = results;
            this.footprint = footprint;
            this.startup = startup;
            this.md = md;
        }

        void write() {
            md.append("## Hit cost (ns/op, lower is better)\n\n");
            for (String mode : new String[] {"built", "reused"}) {
                for (int threads : new int[] {1, 2}) {
                    hitTable(mode, threads);
                }
            }
            md.append("## Hit ratios\n\n");
            md.append("| threads | prompt | size | memory ÷ Spring | memory ÷ map memo | SQLite ÷ raw SELECT | SQLite ÷ hand-written SQLite |\n");
            md.append("| ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
            for (String mode : new String[] {"built", "reused"}) {
                for (int threads : new int[] {1, 2}) {
                    for (int size : sizes("HitBenchmark", threads, mode)) {
                        double mem = score("HitBenchmark.memoryStore", threads, size, mode);
                        double sqlite = score("HitBenchmark.sqliteStore", threads, size, mode);
                        md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s |%n", threads, mode,
                                bytes(size), ratio(mem, score("HitBenchmark.springCaffeine", threads, size, mode)),
                                ratio(mem, score("HitBenchmark.mapMemo", threads, size, mode)),
                                ratio(sqlite, score("HitBenchmark.rawJdbcSelect", threads, size, mode)),
                                ratio(sqlite, score("HitBenchmark.handWrittenSqlite", threads, size, mode))));
                    }
                }
            }
            md.append('\n');
            missTable();
            redisTable();
            keyHashTable();
            scaleTable();
            footprintTable();
            startupTable();
        }

        private void hitTable(String mode, int threads) {
            List<Integer> sizes = sizes("HitBenchmark", threads, mode);
            if (sizes.isEmpty()) {
                return;
            }
            md.append("Prompt ").append(mode).append(", ").append(threads).append(threads == 1 ? " thread" : " threads")
                    .append("\n\n| size |");
            for (String c : HIT_COLUMNS) {
                md.append(' ').append(c).append(" |");
            }
            md.append("\n| ---: |").append(" ---: |".repeat(HIT_COLUMNS.length)).append('\n');
            for (int size : sizes) {
                md.append("| ").append(bytes(size)).append(" |");
                for (String c : HIT_COLUMNS) {
                    md.append(' ').append(cell("HitBenchmark." + c, threads, size, mode)).append(" |");
                }
                md.append('\n');
            }
            md.append('\n');
        }

        private void missTable() {
            md.append("## Miss overhead (ns/op; a body that costs nothing, a new key per call)\n\n");
            md.append("| threads | size | direct | memoryStore | sqliteStore | memory adds | SQLite adds |\n");
            md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (int threads : new int[] {1, 2}) {
                for (int size : sizes("MissBenchmark", threads, null)) {
                    double direct = score("MissBenchmark.direct", threads, size, null);
                    md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s |%n", threads, bytes(size),
                            cell("MissBenchmark.direct", threads, size, null),
                            cell("MissBenchmark.memoryStore", threads, size, null),
                            cell("MissBenchmark.sqliteStore", threads, size, null),
                            number(score("MissBenchmark.memoryStore", threads, size, null) - direct),
                            number(score("MissBenchmark.sqliteStore", threads, size, null) - direct)));
                }
            }
            md.append('\n');
        }

        private void redisTable() {
            md.append("## Redis (ns/op; loopback redis-server started by the forked JVM)\n\n");
            md.append("| threads | size | storeHit | rawGet | handWrittenRedis | Redis hit ÷ raw GET | Redis hit ÷ hand-written"
                    + " | storeMiss | storeMissLeaseOff |\n");
            md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (int threads : new int[] {1, 2}) {
                for (int size : sizes("RedisBenchmark", threads, null)) {
                    double hit = score("RedisBenchmark.storeHit", threads, size, null);
                    md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s | %s | %s |%n", threads,
                            bytes(size), cell("RedisBenchmark.storeHit", threads, size, null),
                            cell("RedisBenchmark.rawGet", threads, size, null),
                            cell("RedisBenchmark.handWrittenRedis", threads, size, null),
                            ratio(hit, score("RedisBenchmark.rawGet", threads, size, null)),
                            ratio(hit, score("RedisBenchmark.handWrittenRedis", threads, size, null)),
                            cell("RedisBenchmark.storeMiss", threads, size, null),
                            cell("RedisBenchmark.storeMissLeaseOff", threads, size, null)));
                }
            }
            md.append('\n');
        }

        private void keyHashTable() {
            md.append("## Key hashing (1 thread)\n\n");
            md.append("| size | cacheKeyDigest ns | MB/s | sha256OfUtf8 ns | MB/s |\n| ---: | ---: | ---: | ---: | ---: |\n");
            for (int size : sizes("KeyHashBenchmark", 1, null)) {
                double key = score("KeyHashBenchmark.cacheKeyDigest", 1, size, null);
                double jdk = score("KeyHashBenchmark.sha256OfUtf8", 1, size, null);
                md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %.0f |%n", bytes(size),
                        cell("KeyHashBenchmark.cacheKeyDigest", 1, size, null), size / key * 1e3,
                        cell("KeyHashBenchmark.sha256OfUtf8", 1, size, null), size / jdk * 1e3));
            }
            md.append("\nMB/s = prompt bytes ÷ time per call (10^6 bytes per second).\n\n");
        }

        private void scaleTable() {
            md.append("## Scale (1 KB prompts, random entry per call; ns/op)\n\n");
            md.append("| threads | entries | sqliteStore | rawJdbcSelect | memoryStore | SQLite ÷ own 10k | raw ÷ own 10k |\n");
            md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (int threads : new int[] {1, 2}) {
                double sqlite10k = scaleScore("ScaleBenchmark.sqliteStore", threads, 10_000);
                double raw10k = scaleScore("ScaleBenchmark.rawJdbcSelect", threads, 10_000);
                for (int entries : new int[] {10_000, 100_000, 1_000_000}) {
                    double sqlite = scaleScore("ScaleBenchmark.sqliteStore", threads, entries);
                    if (Double.isNaN(sqlite)) {
                        continue;
                    }
                    md.append(String.format(Locale.ROOT, "| %d | %,d | %s | %s | %s | %s | %s |%n", threads, entries,
                            scaleCell("ScaleBenchmark.sqliteStore", threads, entries),
                            scaleCell("ScaleBenchmark.rawJdbcSelect", threads, entries),
                            scaleCell("ScaleBenchmark.memoryStore", threads, entries),
                            ratio(sqlite, sqlite10k),
                            ratio(scaleScore("ScaleBenchmark.rawJdbcSelect", threads, entries), raw10k)));
                }
            }
            md.append('\n');
        }

        private void footprintTable() {
            md.append("## Memory store footprint (1M puts under a byte bound)\n\n");
            md.append("| prompt | bound | entries kept | retained heap | retained ÷ bound | heap per entry | weight per entry |\n");
            md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (String line : footprint) {
                Map<String, String> f = fields(line);
                md.append(String.format(Locale.ROOT, "| %s B | %s | %,d | %,d | %s | %s | %s |%n", f.get("promptBytes"),
                        bytes(Long.parseLong(f.get("bound"))), Long.parseLong(f.get("kept")),
                        Long.parseLong(f.get("retained")), f.get("ratio"), f.get("bytesPerEntry"), f.get("weightPerEntry")));
            }
            md.append('\n');
        }

        private void startupTable() {
            md.append("## Start-up (wall time of whole processes, ms)\n\n| program | runs | mean | min | median |\n");
            md.append("| --- | ---: | ---: | ---: | ---: |\n");
            for (String line : startup) {
                Map<String, String> f = fields(line);
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", f.get("program"), f.get("runs"),
                        f.get("meanMs"), f.get("minMs"), f.get("medianMs")));
            }
            md.append('\n');
        }

        private List<Integer> sizes(String benchmark, int threads, String mode) {
            return results.stream()
                    .filter(r -> r.getParams().getBenchmark().contains("." + benchmark + "."))
                    .filter(r -> r.getParams().getThreads() == threads)
                    .filter(r -> mode == null || mode.equals(r.getParams().getParam("prompt")))
                    .map(r -> Integer.parseInt(r.getParams().getParam("promptBytes")))
                    .distinct().sorted().toList();
        }

        private RunResult find(String benchmark, int threads, String param, String value, String mode) {
            return results.stream()
                    .filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
                    .filter(r -> r.getParams().getThreads() == threads)
                    .filter(r -> value.equals(r.getParams().getParam(param)))
                    .filter(r -> mode == null || mode.equals(r.getParams().getParam("prompt")))
                    .findFirst().orElse(null);
        }

        private double score(String benchmark, int threads, int size, String mode) {
            RunResult r = find(benchmark, threads, "promptBytes", String.valueOf(size), mode);
            return r == null ? Double.NaN : r.getPrimaryResult().getScore();
        }

        private String cell(String benchmark, int threads, int size, String mode) {
            return cell(find(benchmark, threads, "promptBytes", String.valueOf(size), mode));
        }

        private double scaleScore(String benchmark, int threads, int entries) {
            RunResult r = find(benchmark, threads, "entries", String.valueOf(entries), null);
            return r == null ? Double.NaN : r.getPrimaryResult().getScore();
        }

        private String scaleCell(String benchmark, int threads, int entries) {
            return cell(find(benchmark, threads, "entries", String.valueOf(entries), null));
        }

        private static String cell(RunResult r) {
            if (r == null) {
                return "–";
            }
            return number(r.getPrimaryResult().getScore()) + " ± " + number(r.getPrimaryResult().getScoreError());
        }

        private static String number(double v) {
            if (Double.isNaN(v)) {
                return "–";
            }
            return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
        }

        private static String ratio(double a, double b) {
            return Double.isNaN(a) || Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
        }

        private static String bytes(long size) {
            if (size >= 1 << 20 && size % (1 << 20) == 0) {
                return (size >> 20) + " MiB";
            }
            return size >= 1024 && size % 1024 == 0 ? (size / 1024) + " KB" : size + " B";
        }

        private static Map<String, String> fields(String line) {
            Map<String, String> f = new TreeMap<>();
            Matcher m = Pattern.compile("(\\w+)=(\\S+)").matcher(line);
            while (m.find()) {
                f.put(m.group(1), m.group(2));
            }
            return f;
        }
    }
}
