package dev.cachedcompletion.benchmarks;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.MapMemoService;
import dev.cachedcompletion.benchmarks.support.PlainService;
import dev.cachedcompletion.benchmarks.support.Prompts;
import dev.cachedcompletion.benchmarks.support.SpringCachedService;
import dev.cachedcompletion.benchmarks.support.SpringSetup;
import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import java.nio.file.Path;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The cost of a cache hit, side by side: the same one-argument method {@code complete(prompt)} with
 * no cache ({@code direct}, the floor), a hand-written {@code ConcurrentHashMap} memo, Spring
 * {@code @Cacheable} on Caffeine through Spring's proxy, our memory store, our SQLite store on a
 * temporary file, and a raw JDBC primary-key SELECT of the same stored bytes from the same kind of
 * file (SQLite's floor: its digest is computed before the measurement), and that SELECT after a
 * SHA-256 of the prompt's UTF-8 bytes ({@code handWrittenSqlite}: what any SQLite cache keyed by a
 * digest of the prompt must at least do per call). Every benchmark returns the
 * 512-character answer; each checks at tear-down that its cache answered every measured call.
 *
 * <p>Run (from the repository root, after {@code mvn -B package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar '\.HitBenchmark\.' -t 1
 * java -jar benchmarks/target/benchmarks.jar '\.HitBenchmark\.' -t 2 -p prompt=built
 * </pre>
 * (The dots keep JMH's pattern, which it finds anywhere in the full name, from also selecting
 * {@link ClientValueHitBenchmark}.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class HitBenchmark {

    /** The prompt of each call; see {@link Prompts} for {@code built} and {@code reused}. */
    @State(Scope.Benchmark)
    public static class Prompt {
        @Param({"64", "1024", "16384", "262144"})
        public int promptBytes;

        @Param({"built", "reused"})
        public String prompt;

        private String template;
        private String reused;
        private boolean built;

        @Setup(Level.Trial)
        public void setUp() {
            template = Prompts.template(promptBytes);
            reused = template + Prompts.TOPIC;
            built = switch (prompt) {
                case "built" -> true;
                case "reused" -> false;
                default -> throw new IllegalArgumentException("prompt must be built or reused: " + prompt);
            };
        }

        /** The prompt of one call: a new String per call, or always the same instance. */
        public String next() {
            return built ? template + Prompts.TOPIC : reused;
        }
    }

    @State(Scope.Benchmark)
    public static class Plain {
        final PlainService service = new PlainService();
    }

    @State(Scope.Benchmark)
    public static class Memo {
        final MapMemoService service = new MapMemoService();

        @Setup(Level.Trial)
        public void setUp(Prompt prompt) {
            service.complete(prompt.next());
        }
    }

    @State(Scope.Benchmark)
    public static class Spring {
        AnnotationConfigApplicationContext context;
        SpringCachedService service;

        @Setup(Level.Trial)
        public void setUp(Prompt prompt) {
            context = SpringSetup.start();
            service = context.getBean(SpringCachedService.class);
            if (service.getClass() == SpringCachedService.class) {
                throw new IllegalStateException("Spring did not proxy " + SpringCachedService.class);
            }
            service.complete(prompt.next());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            context.close();
        }
    }

    /** Our cache with the default store: {@code memory}. */
    @State(Scope.Benchmark)
    public static class Memory {
        final CachedService service = new CachedService();

        @Setup(Level.Trial)
        public void setUp(Prompt prompt) {
            CachedCompletions.useStore("memory");
            service.complete(prompt.next());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Checks.allHits(service, "memory store");
            CachedCompletions.useConfiguredStore();
        }
    }

    /** Our cache with a SQLite store on a temporary file holding the one entry. */
    @State(Scope.Benchmark)
    public static class Sqlite {
        final CachedService service = new CachedService();
        Path file;

        @Setup(Level.Trial)
        public void setUp(Prompt prompt) {
            file = SqliteFixture.newFile("hit");
            SqliteFixture.openStore(file, service, prompt.next());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Checks.allHits(service, "SQLite store");
            CachedCompletions.useConfiguredStore();
            SqliteFixture.delete(file);
        }
    }

    /** The same file, written by our store; the digest is computed once, before measuring. */
    @State(Scope.Benchmark)
    public static class RawFile {
        Path file;
        byte[] digest;

        @Setup(Level.Trial)
        public void setUp(Prompt prompt) {
            CachedService service = new CachedService();
            file = SqliteFixture.newFile("raw");
            SqliteFixture.openStore(file, service, prompt.next());
            CachedCompletions.useConfiguredStore(); // closes our store: only raw JDBC reads the file now
            digest = SqliteFixture.digest(service, prompt.next());
            SqliteFixture.insert(file, SqliteFixture.sha256(prompt.next()), SqliteFixture.encodedAnswer());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            SqliteFixture.delete(file);
        }
    }

    /** One JDBC connection per benchmark thread, as a hand-written reader would have. */
    @State(Scope.Thread)
    public static class RawReader {
        SqliteFixture.RawReader reader;

        @Setup(Level.Trial)
        public void setUp(RawFile raw) throws SQLException {
            reader = new SqliteFixture.RawReader(raw.file);
            if (reader.select(raw.digest) == null) {
                throw new IllegalStateException("raw SELECT found no row in " + raw.file);
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            reader.close();
        }
    }

    @Benchmark
    public String direct(Prompt prompt, Plain plain) {
        return plain.service.complete(prompt.next());
    }

    @Benchmark
    public String mapMemo(Prompt prompt, Memo memo) {
        return memo.service.complete(prompt.next());
    }

    @Benchmark
    public String springCaffeine(Prompt prompt, Spring spring) {
        return spring.service.complete(prompt.next());
    }

    @Benchmark
    public String memoryStore(Prompt prompt, Memory memory) {
        return memory.service.complete(prompt.next());
    }

    @Benchmark
    public String sqliteStore(Prompt prompt, Sqlite sqlite) {
        return sqlite.service.complete(prompt.next());
    }

    @Benchmark
    public byte[] rawJdbcSelect(RawFile raw, RawReader reader) throws SQLException {
        return reader.reader.select(raw.digest);
    }

    @Benchmark
    public byte[] handWrittenSqlite(Prompt prompt, RawReader reader) throws SQLException {
        byte[] value = reader.reader.select(SqliteFixture.sha256(prompt.next()));
        if (value == null) {
            throw new IllegalStateException("hand-written SQLite cache: no row for the prompt");
        }
        return value;
    }
}
