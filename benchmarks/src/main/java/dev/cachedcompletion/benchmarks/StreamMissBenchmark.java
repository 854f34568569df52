package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.benchmarks.StreamStates.MemoryMiss;
import dev.cachedcompletion.benchmarks.StreamStates.SqliteMiss;
import dev.cachedcompletion.benchmarks.support.CachedStreams.Method;
import dev.cachedcompletion.benchmarks.support.StreamProbe;
import dev.cachedcompletion.benchmarks.support.Tokens;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What caching adds to a live stream, per element: each invocation reads a whole
 * {@value Tokens#COUNT}-element stream, emitted synchronously from memory, to its completion signal,
 * and JMH divides the time by {@value Tokens#COUNT} (so the score is ns per element). The
 * {@code bare*} benchmarks subscribe to the publisher itself; the others call a woven
 * {@code @CachedCompletion} method whose body returns that publisher, each with a prompt no call had
 * before, so every call is a miss that relays, records, encodes and stores the stream. The
 * completion signal comes after the store (on the library's store thread), so the score includes
 * storing the recording. The store is emptied before each iteration; at tear-down each cached
 * benchmark checks that every call ran the body and that the last stream was stored.
 *
 * <p>Sample mode: JMH times invocations one by one and reports percentiles beside the mean. On a
 * machine shared with other work, the median ({@code p0.50}) is the figure to compare; the mean also
 * carries the invocations that waited for a CPU (every cached stream here ends on another thread).
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StreamMissBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar StreamMissBenchmark -t 1 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Tokens.COUNT)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class StreamMissBenchmark {

    @Benchmark
    public String bareFlux() {
        StreamProbe probe = StreamProbe.toTheEnd();
        Tokens.flux().subscribe(probe);
        return probe.await();
    }

    @Benchmark
    public String bareFlowPublisher() {
        StreamProbe probe = StreamProbe.toTheEnd();
        Tokens.publisher().subscribe(probe);
        return probe.await();
    }

    @Benchmark
    public String memoryFlux(MemoryMiss memory) {
        return memory.streams.last(Method.FLUX, memory.streams.freshPrompt());
    }

    @Benchmark
    public String memoryFlowPublisher(MemoryMiss memory) {
        return memory.streams.last(Method.FLOW_PUBLISHER, memory.streams.freshPrompt());
    }

    @Benchmark
    public String sqliteFlux(SqliteMiss sqlite) {
        return sqlite.streams.last(Method.FLUX, sqlite.streams.freshPrompt());
    }

    @Benchmark
    public String sqliteFlowPublisher(SqliteMiss sqlite) {
        return sqlite.streams.last(Method.FLOW_PUBLISHER, sqlite.streams.freshPrompt());
    }
}
