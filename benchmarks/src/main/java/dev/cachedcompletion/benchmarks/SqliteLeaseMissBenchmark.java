package dev.cachedcompletion.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the cross-process lease adds to a SQLite miss when no other process wants the key: taking
 * the lease (an upsert), checking that the entry did not appear meanwhile, and releasing it (a
 * delete) around {@link MissBenchmark}'s SQLite miss. {@code lease=off} is the miss without it. Not
 * part of {@link Suite}: the lease pays for itself on a model call of milliseconds; this says what it
 * costs.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SqliteLeaseMissBenchmark -t 1 -p promptBytes=1024
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SqliteLeaseMissBenchmark {

    /** MissBenchmark's SQLite store, with the lease on or off. */
    @State(Scope.Benchmark)
    public static class LeasedSqlite extends MissBenchmark.Sqlite {
        @Param({"30s", "off"})
        public String lease;

        @Override
        String storeOptions() {
            return "?lease=" + lease;
        }
    }

    @Benchmark
    public String sqliteMiss(MissBenchmark.FreshPrompts prompts, LeasedSqlite sqlite) {
        return sqlite.service.complete(prompts.next());
    }
}
