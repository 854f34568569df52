package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.benchmarks.support.StreamingService_CachedCompletion;
import dev.cachedcompletion.benchmarks.support.Tokens;
import dev.cachedcompletion.internal.codec.StreamCodec;
import dev.cachedcompletion.internal.stream.RecordedStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the stream benchmarks' time goes, in the stream codec alone (ns per element of the
 * {@value Tokens#COUNT}-element answer of {@code StreamingService.tokens}): {@code encodeEachElement}
 * is what a live miss does as each element arrives; {@code encodeWhole} encodes a recording whose
 * elements were not encoded yet (each element, then the stored document: a miss does the second part
 * when the stream completes); {@code decodeWhole} is what a replay from SQLite does before its first
 * element.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar StreamCodecBenchmark -t 1 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Tokens.COUNT)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StreamCodecBenchmark {

    @State(Scope.Benchmark)
    public static class Codec {
        StreamCodec codec;
        RecordedStream recording;
        byte[] stored;

        @Setup(Level.Trial)
        public void setUp() {
            codec = StreamCodec.forSite(new StreamingService_CachedCompletion().site("tokens(java.lang.String)"));
            recording = new RecordedStream(new ArrayList<>(Tokens.ELEMENTS), new long[Tokens.COUNT]);
            stored = codec.encode(recording);
            List<Object> back = ((RecordedStream) codec.decode(stored)).elements();
            if (!back.equals(Tokens.ELEMENTS)) {
                throw new IllegalStateException("the stream codec did not give the elements back");
            }
        }
    }

    @Benchmark
    public int encodeEachElement(Codec codec) {
        int bytes = 0;
        for (String element : Tokens.ELEMENTS) {
            bytes += codec.codec.encodeElement(element).length;
        }
        return bytes;
    }

    @Benchmark
    public byte[] encodeWhole(Codec codec) {
        return codec.codec.encode(codec.recording);
    }

    @Benchmark
    public Object decodeWhole(Codec codec) {
        return codec.codec.decode(codec.stored);
    }
}
