package dev.cachedcompletion.benchmarks;

import static dev.cachedcompletion.benchmarks.StreamStates.STORED_PROMPT;

import dev.cachedcompletion.benchmarks.StreamStates.MemoryMiss;
import dev.cachedcompletion.benchmarks.StreamStates.MemoryReplay;
import dev.cachedcompletion.benchmarks.StreamStates.RecordedPace;
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
 * The live stream at a model's pace against its replay: time to the first and to the last element
 * of a {@value Tokens#PACED_COUNT}-element {@code Flux} that sends one element every 20 ms
 * ({@link Tokens#pacedFlux()}; a whole answer takes a second, so the stream is shorter than the 500
 * elements of {@link StreamReplayBenchmark}). Live: the publisher itself ({@code pacedBare*}) and
 * the same through the cache as a miss ({@code pacedMemoryMiss*}, {@code pacedSqliteMiss*}); replays
 * of that recorded answer at once (the default) and at its recorded pace
 * ({@code pacedMemoryReplayAtRecordedPace*}). Same tear-down checks as {@link StreamReplayBenchmark}.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}; about 3 minutes):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StreamPacedBenchmark -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class StreamPacedBenchmark {

    @Benchmark
    public String pacedBareFirst() {
        StreamProbe probe = StreamProbe.firstOnly(Tokens.PACED);
        Tokens.pacedFlux().subscribe(probe);
        return probe.await();
    }

    @Benchmark
    public String pacedBareLast() {
        StreamProbe probe = StreamProbe.toTheEnd(Tokens.PACED);
        Tokens.pacedFlux().subscribe(probe);
        return probe.await();
    }

    @Benchmark
    public String pacedMemoryMissFirst(MemoryMiss miss) {
        return miss.streams.first(Method.PACED_FLUX, miss.streams.freshPrompt());
    }

    @Benchmark
    public String pacedMemoryMissLast(MemoryMiss miss) {
        return miss.streams.last(Method.PACED_FLUX, miss.streams.freshPrompt());
    }

    @Benchmark
    public String pacedSqliteMissFirst(SqliteMiss miss) {
        return miss.streams.first(Method.PACED_FLUX, miss.streams.freshPrompt());
    }

    @Benchmark
    public String pacedSqliteMissLast(SqliteMiss miss) {
        return miss.streams.last(Method.PACED_FLUX, miss.streams.freshPrompt());
    }

    @Benchmark
    public String pacedMemoryReplayFirst(MemoryReplay replay) {
        return replay.streams.first(Method.PACED_FLUX, STORED_PROMPT);
    }

    @Benchmark
    public String pacedMemoryReplayLast(MemoryReplay replay) {
        return replay.streams.last(Method.PACED_FLUX, STORED_PROMPT);
    }

    @Benchmark
    public String pacedSqliteReplayFirst(SqliteReplay replay) {
        return replay.streams.first(Method.PACED_FLUX, STORED_PROMPT);
    }

    @Benchmark
    public String pacedSqliteReplayLast(SqliteReplay replay) {
        return replay.streams.last(Method.PACED_FLUX, STORED_PROMPT);
    }

    @Benchmark
    public String pacedMemoryReplayAtRecordedPaceFirst(RecordedPace pace, MemoryReplay replay) {
        return replay.streams.first(Method.PACED_FLUX, STORED_PROMPT);
    }

    @Benchmark
    public String pacedMemoryReplayAtRecordedPaceLast(RecordedPace pace, MemoryReplay replay) {
        return replay.streams.last(Method.PACED_FLUX, STORED_PROMPT);
    }
}
