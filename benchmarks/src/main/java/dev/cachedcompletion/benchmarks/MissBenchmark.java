package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.PlainService;
import dev.cachedcompletion.benchmarks.support.Prompts;
import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the cache adds to a miss when the method body costs nothing: key, single-flight
 * registration, encoding the 512-character answer and the store's put. Every call has a prompt no
 * call had before (a per-thread counter in the prompt), so every call is a miss; the store is
 * emptied before each iteration. {@code direct} makes the same calls without a cache: the overhead
 * of a store is its score minus {@code direct}'s.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MissBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar MissBenchmark -t 2
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class MissBenchmark {

    private static final AtomicInteger THREADS = new AtomicInteger();

    @State(Scope.Benchmark)
    public static class Size {
        @Param({"64", "1024", "16384", "262144"})
        public int promptBytes;
    }

    /** Prompts no call has had before: a template, this thread's tag and a counter. */
    @State(Scope.Thread)
    public static class FreshPrompts {
        private String template;
        private long counter;

        @Setup(Level.Trial)
        public void setUp(Size size) {
            template = Prompts.template(Math.max(Prompts.TOPIC.length(), size.promptBytes - 16))
                    + "t" + THREADS.getAndIncrement() + "#";
        }

        String next() {
            return template + counter++;
        }
    }

    @State(Scope.Benchmark)
    public static class Plain {
        final PlainService service = new PlainService();
    }

    @State(Scope.Benchmark)
    public static class Memory {
        final CachedService service = new CachedService();

        @Setup(Level.Trial)
        public void setUp() {
            CachedCompletions.useStore("memory");
        }

        @Setup(Level.Iteration)
        public void empty() {
            CachedCompletions.clear();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            CachedCompletions.useConfiguredStore();
        }
    }

    @State(Scope.Benchmark)
    public static class Sqlite {
        final CachedService service = new CachedService();
        Path file;

        /** What follows the path in the store spec; {@link SqliteLeaseMissBenchmark} sets the lease. */
        String storeOptions() {
            return "";
        }

        @Setup(Level.Trial)
        public void setUp() {
            file = SqliteFixture.newFile("miss");
            SqliteFixture.openStore(file, storeOptions(), service, "warm-up");
        }

        @Setup(Level.Iteration)
        public void empty() {
            CachedCompletions.clear();
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            CachedCompletions.useConfiguredStore();
            SqliteFixture.delete(file);
        }
    }

    @Benchmark
    public String direct(FreshPrompts prompts, Plain plain) {
        return plain.service.complete(prompts.next());
    }

    @Benchmark
    public String memoryStore(FreshPrompts prompts, Memory memory) {
        return memory.service.complete(prompts.next());
    }

    @Benchmark
    public String sqliteStore(FreshPrompts prompts, Sqlite sqlite) {
        return sqlite.service.complete(prompts.next());
    }
}
