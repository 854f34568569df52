package dev.cachedcompletion.benchmarks;

import static dev.cachedcompletion.benchmarks.StreamStates.STORED_PROMPT;

import dev.cachedcompletion.benchmarks.StreamStates.MemoryMiss;
import dev.cachedcompletion.benchmarks.StreamStates.MemoryReplay;
import dev.cachedcompletion.benchmarks.StreamStates.SqliteMiss;
import dev.cachedcompletion.benchmarks.StreamStates.SqliteReplay;
import dev.cachedcompletion.benchmarks.support.CachedStreams.Method;
import dev.cachedcompletion.benchmarks.support.StreamProbe;
import dev.cachedcompletion.benchmarks.support.Tokens;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

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
 * <p>Sample mode: JMH times invocations one by one and reports percentiles beside the mean. On a
 * machine shared with other work, the median ({@code p0.50}) is the figure to compare; the mean also
 * carries the invocations that waited for a CPU (every cached stream here ends on another thread).
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StreamReplayBenchmark -t 1
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class StreamReplayBenchmark {

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
        return miss.streams.first(Method.FLUX, miss.streams.freshPrompt());
    }

    @Benchmark
    public String memoryMissLast(MemoryMiss miss) {
        return miss.streams.last(Method.FLUX, miss.streams.freshPrompt());
    }

    @Benchmark
    public String sqliteMissFirst(SqliteMiss miss) {
        return miss.streams.first(Method.FLUX, miss.streams.freshPrompt());
    }

    @Benchmark
    public String sqliteMissLast(SqliteMiss miss) {
        return miss.streams.last(Method.FLUX, miss.streams.freshPrompt());
    }

    @Benchmark
    public String memoryReplayFirst(MemoryReplay replay) {
        return replay.streams.first(Method.FLUX, STORED_PROMPT);
    }

    @Benchmark
    public String memoryReplayLast(MemoryReplay replay) {
        return replay.streams.last(Method.FLUX, STORED_PROMPT);
    }

    @Benchmark
    public String sqliteReplayFirst(SqliteReplay replay) {
        return replay.streams.first(Method.FLUX, STORED_PROMPT);
    }

    @Benchmark
    public String sqliteReplayLast(SqliteReplay replay) {
        return replay.streams.last(Method.FLUX, STORED_PROMPT);
    }
}
