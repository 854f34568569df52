package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.StreamPace;
import dev.cachedcompletion.benchmarks.support.CachedStreams;
import dev.cachedcompletion.benchmarks.support.CachedStreams.Method;
import dev.cachedcompletion.benchmarks.support.StreamProbe;
import dev.cachedcompletion.benchmarks.support.Tokens;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The stores of the stream benchmarks, with their tear-down checks. A benchmark whose name ends in
 * {@code First} reads one element and cancels; its misses must not have been stored. A benchmark
 * whose name starts with {@code paced} uses {@link Method#PACED_FLUX}, the others {@link Method#FLUX}
 * (or {@link Method#FLOW_PUBLISHER}, chosen by the benchmark itself for its misses).
 */
public final class StreamStates {

    /** The prompt of the answer each replay state stores before measuring. */
    static final String STORED_PROMPT = "Tell me the stored story.";

    private StreamStates() {
    }

    /** The method a replay benchmark reads, by its name. */
    static Method replayed(BenchmarkParams params) {
        return name(params).startsWith("paced") ? Method.PACED_FLUX : Method.FLUX;
    }

    /**
     * Stores the answer a replay benchmark reads. A paced answer is replayed at its recorded pace, so
     * Reactor's timer threads are started by a bare stream first: recorded from a cold start, the
     * first element would arrive tens of milliseconds late, and its replay would reproduce that.
     */
    static void store(CachedStreams streams, BenchmarkParams params) {
        Method method = replayed(params);
        if (method == Method.PACED_FLUX) {
            StreamProbe warmUp = StreamProbe.toTheEnd(Tokens.PACED);
            Tokens.pacedFlux().subscribe(warmUp);
            warmUp.await();
        }
        streams.readToTheEnd(method, STORED_PROMPT);
    }

    /** Misses on the memory store, emptied before each iteration. */
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
            checkMisses(streams, params, "memory store");
            streams.close();
        }
    }

    /** Misses on a SQLite store in a new file, emptied before each iteration. */
    @State(Scope.Benchmark)
    public static class SqliteMiss {
        CachedStreams streams;

        @Setup(Level.Trial)
        public void setUp() {
            streams = CachedStreams.onSqlite("stream-miss");
        }

        @Setup(Level.Iteration)
        public void empty() {
            CachedCompletions.clear();
        }

        @TearDown(Level.Trial)
        public void tearDown(BenchmarkParams params) {
            checkMisses(streams, params, "SQLite store");
            streams.close();
        }
    }

    /** One answer stored in the memory store before measuring. */
    @State(Scope.Benchmark)
    public static class MemoryReplay {
        CachedStreams streams;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) {
            streams = CachedStreams.onMemory();
            store(streams, params);
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
        public void setUp(BenchmarkParams params) {
            streams = CachedStreams.onSqlite("stream-replay");
            store(streams, params);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Checks.allHits(streams.bodyRuns(), "SQLite replay");
            streams.close();
        }
    }

    /** Replays at the recorded pace instead of at once. */
    @State(Scope.Benchmark)
    public static class RecordedPace {
        @Setup(Level.Trial)
        public void setUp() {
            CachedCompletions.useStreamPace(StreamPace.RECORDED);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            CachedCompletions.useConfiguredStreamPace();
        }
    }

    private static void checkMisses(CachedStreams streams, BenchmarkParams params, String what) {
        if (name(params).endsWith("First")) {
            Checks.allMissesAbandoned(streams, what); // cancelled after one element: must not be stored
        } else {
            Checks.allMissesStored(streams, what);
        }
    }

    private static String name(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }
}
