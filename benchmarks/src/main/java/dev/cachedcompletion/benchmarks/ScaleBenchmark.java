package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.Prompts;
import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * Hit cost as the cache grows: 10k, 100k and 1M entries of 1 KB prompts, each call asking for a
 * uniformly random one of them (a prompt built per call). SQLite files are filled once per trial in
 * one transaction, in the store's own format; {@code rawJdbcSelect} reads the same file by
 * precomputed digest (SQLite's own floor at that size). The memory store is filled through real
 * calls (misses) under a byte bound large enough to keep every entry.
 *
 * <p>Filling 1M entries takes a while (tens of seconds) before the first warm-up iteration.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ScaleBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar ScaleBenchmark -t 2
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xms6g", "-Xmx6g"})
public class ScaleBenchmark {

    /** The byte bound of the memory store here: room for 1M entries of 1 KB prompts. */
    static final String MEMORY_STORE = "memory?maxBytes=4g";

    @State(Scope.Benchmark)
    public static class Entries {
        @Param({"10000", "100000", "1000000"})
        public int entries;

        private final String template = Prompts.template(1024 - 8);

        /** The prompt of entry {@code i}: the same text each time, in a new String. */
        String prompt(int i) {
            return template + i;
        }
    }

    /** A random entry per call, from a per-thread generator. */
    @State(Scope.Thread)
    public static class Pick {
        private final SplittableRandom random = new SplittableRandom(42);

        int next(Entries entries) {
            return random.nextInt(entries.entries);
        }
    }

    @State(Scope.Benchmark)
    public static class SqliteFile {
        final CachedService service = new CachedService();
        Path file;
        byte[][] digests;

        @Setup(Level.Trial)
        public void setUp(Entries entries) {
            file = SqliteFixture.newFile("scale-" + entries.entries);
            SqliteFixture.openStore(file, service, entries.prompt(0)); // creates the file, one miss
            CachedCompletions.useConfiguredStore(); // closed while rows are bulk-inserted
            digests = SqliteFixture.populate(file, service, entries.entries, entries::prompt);
            CachedCompletions.useStore("sqlite:" + file);
            service.complete(entries.prompt(0)); // a hit: the store checks the file before measuring
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Checks.allHits(service, "SQLite store at scale");
            CachedCompletions.useConfiguredStore();
            SqliteFixture.delete(file);
        }
    }

    @State(Scope.Thread)
    public static class RawReader {
        SqliteFixture.RawReader reader;

        @Setup(Level.Trial)
        public void setUp(SqliteFile sqlite) {
            reader = new SqliteFixture.RawReader(sqlite.file);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            reader.close();
        }
    }

    @State(Scope.Benchmark)
    public static class Memory {
        final CachedService service = new CachedService();
        private final AtomicLong misses = new AtomicLong();

        @Setup(Level.Trial)
        public void setUp(Entries entries) {
            CachedCompletions.useStore(MEMORY_STORE);
            for (int i = 0; i < entries.entries; i++) {
                service.complete(entries.prompt(i));
            }
            misses.set(service.bodyRuns());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            if (service.bodyRuns() != misses.get()) {
                throw new IllegalStateException("memory store at scale: " + (service.bodyRuns() - misses.get())
                        + " measured calls were misses: the byte bound " + MEMORY_STORE + " evicted entries");
            }
            CachedCompletions.useConfiguredStore();
        }
    }

    @Benchmark
    public String sqliteStore(Entries entries, Pick pick, SqliteFile sqlite) {
        return sqlite.service.complete(entries.prompt(pick.next(entries)));
    }

    @Benchmark
    public byte[] rawJdbcSelect(Entries entries, Pick pick, SqliteFile sqlite, RawReader reader) throws SQLException {
        return reader.reader.select(sqlite.digests[pick.next(entries)]);
    }

    @Benchmark
    public String memoryStore(Entries entries, Pick pick, Memory memory) {
        return memory.service.complete(entries.prompt(pick.next(entries)));
    }
}
