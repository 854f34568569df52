package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.CachedStreams;
import dev.cachedcompletion.benchmarks.support.StreamProbe;
import dev.cachedcompletion.benchmarks.support.Tokens;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Time to the first and to the last element of a {@value Tokens#COUNT}-element {@code Flux}, from the
 * call until the subscriber has the element (first: one element asked for, then cancelled) or the
 * completion signal (last: everything asked for). Replays come from the memory store and from a
 * SQLite file, at once (the default pace), each from an answer stored before the measurement; the
 * live stream is the in-memory publisher itself ({@code bare*}) and the same publisher as a miss
 * through the cache ({@code miss*}, a new prompt per call: the first-element variant cancels, so its
 * recording is abandoned and never stored). At tear-down, replays check that the body ran only for
 * the answer stored before measuring, and misses that it ran for every call and stored exactly
 * what it should.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StreamReplayBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar StreamReplayBenchmark -t 1 -bm sample
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class StreamReplayBenchmark {

    private static final String PROMPT = "Tell me the stored story.";

    /** One answer stored in the memory store before measuring. */
    @State(Scope.Benchmark)
    public static class MemoryReplay {
        CachedStreams streams;

        @Setup(Level.Trial)
        public void setUp() {
            streams = CachedStreams.onMemory();
            streams.readToTheEnd(PROMPT);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Checks.allHits(streams.bodyRuns(), "memory replay");
            streams.close();
        }
    }

    /** One answer stored in a SQLite file before measuring. */
    @State(Scope.Benchmark)
    public static class SqliteReplay {
        CachedStreams streams;

        @Setup(Level.Trial)
        public void setUp() {
            streams = CachedStreams.onSqlite("stream-replay");
            streams.readToTheEnd(PROMPT);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Checks.allHits(streams.bodyRuns(), "SQLite replay");
            streams.close();
        }
    }

    /** Misses on the memory store, a new prompt per call. */
    @State(Scope.Benchmark)
    public static class MemoryMiss {
        CachedStreams streams;

        @Setup(Level.Trial)
        public void setUp() {
            streams = CachedStreams.onMemory();
        }

        @Setup(Level.Iteration)
        public void empty() {
            CachedCompletions.clear();
        }

        @TearDown(Level.Trial)
        public void tearDown(BenchmarkParams params) {
            checkMisses(streams, params, "memory miss");
            streams.close();
        }
    }

    /** Misses on a SQLite file, a new prompt per call. */
    @State(Scope.Benchmark)
    public static class SqliteMiss {
        CachedStreams streams;

        @Setup(Level.Trial)
        public void setUp() {
            streams = CachedStreams.onSqlite("stream-live");
        }

        @Setup(Level.Iteration)
        public void empty() {
            CachedCompletions.clear();
        }

        @TearDown(Level.Trial)
        public void tearDown(BenchmarkParams params) {
            checkMisses(streams, params, "SQLite miss");
            streams.close();
        }
    }

    private static void checkMisses(CachedStreams streams, BenchmarkParams params, String what) {
        // A first-element call cancels: its recording must be abandoned, not stored.
        if (params.getBenchmark().endsWith("First")) {
            Checks.allMissesAbandoned(streams, what);
        } else {
            Checks.allMissesStored(streams, what);
        }
    }

    @Benchmark
    public String bareFirst() {
        StreamProbe probe = StreamProbe.firstOnly();
        Tokens.flux().subscribe(probe);
        return probe.await();
    }

    @Benchmark
    public String bareLast() {
        StreamProbe probe = StreamProbe.toTheEnd();
        Tokens.flux().subscribe(probe);
        return probe.await();
    }

    @Benchmark
    public String memoryMissFirst(MemoryMiss miss) {
        return first(miss.streams, miss.streams.freshPrompt());
    }

    @Benchmark
    public String memoryMissLast(MemoryMiss miss) {
        return last(miss.streams, miss.streams.freshPrompt());
    }

    @Benchmark
    public String sqliteMissFirst(SqliteMiss miss) {
        return first(miss.streams, miss.streams.freshPrompt());
    }

    @Benchmark
    public String sqliteMissLast(SqliteMiss miss) {
        return last(miss.streams, miss.streams.freshPrompt());
    }

    @Benchmark
    public String memoryReplayFirst(MemoryReplay replay) {
        return first(replay.streams, PROMPT);
    }

    @Benchmark
    public String memoryReplayLast(MemoryReplay replay) {
        return last(replay.streams, PROMPT);
    }

    @Benchmark
    public String sqliteReplayFirst(SqliteReplay replay) {
        return first(replay.streams, PROMPT);
    }

    @Benchmark
    public String sqliteReplayLast(SqliteReplay replay) {
        return last(replay.streams, PROMPT);
    }

    private static String first(CachedStreams streams, String prompt) {
        StreamProbe probe = StreamProbe.firstOnly();
        streams.tokens(prompt).subscribe(probe);
        return probe.await();
    }

    private static String last(CachedStreams streams, String prompt) {
        StreamProbe probe = StreamProbe.toTheEnd();
        streams.tokens(prompt).subscribe(probe);
        return probe.await();
    }
}
