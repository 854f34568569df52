package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.Prompts;
import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Key hashing: what a store outside the process pays per call to find an entry (the generated key
 * code, then the SHA-256 of the canonical key bytes, {@code cacheKeyDigest}), next to the JDK's floor
 * for the same work ({@code sha256OfUtf8}: UTF-8 bytes of the prompt, then SHA-256). The prompt is
 * one instance, so these two measure encoding and digesting only. Throughput in MB/s is the prompt
 * size divided by the time per call.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar KeyHashBenchmark -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1)
@State(Scope.Benchmark)
public class KeyHashBenchmark {

    @Param({"64", "1024", "16384", "262144"})
    public int promptBytes;

    private final CachedService service = new CachedService();
    private String prompt;
    private MessageDigest sha256;

    @Setup(Level.Trial)
    public void setUp() throws NoSuchAlgorithmException {
        prompt = Prompts.template(promptBytes) + Prompts.TOPIC;
        sha256 = MessageDigest.getInstance("SHA-256");
    }

    @Benchmark
    public byte[] cacheKeyDigest() {
        return SqliteFixture.digest(service, prompt);
    }

    @Benchmark
    public byte[] sha256OfUtf8() throws CloneNotSupportedException {
        MessageDigest md = (MessageDigest) sha256.clone();
        return md.digest(prompt.getBytes(StandardCharsets.UTF_8));
    }
}
