package dev.cachedcompletion.benchmarks;

import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.benchmarks.support.Answers;
import dev.cachedcompletion.benchmarks.support.CachedService;
import dev.cachedcompletion.benchmarks.support.CachedService_CachedCompletion;
import dev.cachedcompletion.benchmarks.support.ClientCachedService;
import dev.cachedcompletion.benchmarks.support.ClientCachedService_CachedCompletion;
import dev.cachedcompletion.benchmarks.support.ClientFixtures;
import dev.cachedcompletion.benchmarks.support.RequestMemo;
import dev.cachedcompletion.benchmarks.support.SqliteFixture;
import dev.cachedcompletion.support.GeneratedKeys;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.internal.codec.ValueCodec;
import dev.cachedcompletion.langchain4j.ChatRequestKeyEncoder;
import dev.cachedcompletion.langchain4j.ChatResponseCodec;
import dev.cachedcompletion.openai.ChatCompletionCodec;
import dev.cachedcompletion.openai.ChatCompletionCreateParamsKeyEncoder;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
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

/**
 * What a hit costs when the cached method takes and returns a client library's types — LangChain4j
 * {@code ChatRequest} → {@code ChatResponse}, OpenAI SDK {@code ChatCompletionCreateParams} →
 * {@code ChatCompletion} — beside the plain {@code String} → {@code String} method of
 * {@link HitBenchmark}, and what the hit is made of. For each of the three ({@code string},
 * {@code chatResponse}, {@code chatCompletion} prefixes):
 * <ul>
 *   <li>{@code Build}: building the request alone (a new 1 KB user message and request object per
 *       call, see {@link ClientFixtures}); the floor of every column but {@code Decode}.</li>
 *   <li>{@code MemoryStore}, {@code SqliteStore}: one hit through the woven method, with the memory
 *       store and with a SQLite store on a temporary file.</li>
 *   <li>{@code KeyTree}: the integration encoder's tree of the request (client types only).</li>
 *   <li>{@code KeyHash}: the generated key code (encoder tree plus the core's canonical form) and
 *       the key's in-memory hash — what the memory store needs before its lookup.</li>
 *   <li>{@code KeyDigest}: the generated key code and the SHA-256 of the canonical key bytes — what
 *       the SQLite store needs before its SELECT.</li>
 *   <li>{@code Decode}: turning the stored bytes back into a value, as a hit does (header check,
 *       then the integration codec or the string reader). The client values are not shareable,
 *       so every hit pays this, in the memory store too; a {@code String} is kept as the object in
 *       memory and decoded only by the SQLite store.</li>
 *   <li>{@code MapMemo}: the do-it-yourself alternative, a {@code ConcurrentHashMap} keyed by the
 *       request object itself that hands out the one shared response.</li>
 * </ul>
 * Tear-down checks that every measured call of a cache or memo was a hit; set-up checks that the
 * processor wired the integrations' codecs and that a hit returns a value equal to the original
 * (for the client types, a fresh copy).
 *
 * <p>Run (from the repository root, after {@code mvn -B -pl benchmarks -am package -DskipTests}):
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ClientValueHitBenchmark -t 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ClientValueHitBenchmark {

    /** The generated sites of the three methods, their codecs and the bytes a store holds for each answer. */
    @State(Scope.Benchmark)
    public static class Generated {
        // The targets of key(target, args); these classes have no @KeyPart, so only args count.
        final CachedService strings = new CachedService();
        final ClientCachedService clients = new ClientCachedService();
        final MethodSite stringSite = site(new CachedService_CachedCompletion(), "complete(java.lang.String)");
        final MethodSite chatSite = site(new ClientCachedService_CachedCompletion(),
                "chat(dev.langchain4j.model.chat.request.ChatRequest)");
        final MethodSite completionSite = site(new ClientCachedService_CachedCompletion(),
                "complete(com.openai.models.chat.completions.ChatCompletionCreateParams)");
        final ChatRequestKeyEncoder chatEncoder = new ChatRequestKeyEncoder();
        final ChatCompletionCreateParamsKeyEncoder completionEncoder = new ChatCompletionCreateParamsKeyEncoder();
        ValueCodec stringCodec;
        ValueCodec chatCodec;
        ValueCodec completionCodec;
        byte[] stringBytes;
        byte[] chatBytes;
        byte[] completionBytes;

        @Setup(Level.Trial)
        public void setUp() {
            if (!(chatSite.codec() instanceof ChatResponseCodec) || !(completionSite.codec() instanceof ChatCompletionCodec)) {
                throw new IllegalStateException("the processor did not wire the integration codecs: " + chatSite.codec()
                        + ", " + completionSite.codec() + "; are cached-completion-langchain4j and -openai on the"
                        + " benchmarks' compile class path?");
            }
            stringCodec = ValueCodec.forSite(stringSite);
            chatCodec = ValueCodec.forSite(chatSite);
            completionCodec = ValueCodec.forSite(completionSite);
            stringBytes = stringCodec.encode(Answers.ANSWER);
            chatBytes = chatCodec.encode(ClientFixtures.CHAT_RESPONSE);
            completionBytes = completionCodec.encode(ClientFixtures.CHAT_COMPLETION);
            requireEqual(stringCodec.decode(stringBytes), Answers.ANSWER, "string codec");
            requireEqual(chatCodec.decode(chatBytes), ClientFixtures.CHAT_RESPONSE, "ChatResponse codec");
            requireEqual(completionCodec.decode(completionBytes), ClientFixtures.CHAT_COMPLETION, "ChatCompletion codec");
        }

        private static MethodSite site(GeneratedKeys keys, String descriptor) {
            MethodSite site = keys.site(descriptor);
            if (site == null) {
                throw new IllegalStateException(keys.getClass().getName() + " has no site " + descriptor);
            }
            return site;
        }
    }

    /** Our cache with the default store, {@code memory}, holding the three answers. */
    @State(Scope.Benchmark)
    public static class Memory {
        final CachedService strings = new CachedService();
        final ClientCachedService clients = new ClientCachedService();

        @Setup(Level.Trial)
        public void setUp() {
            CachedCompletions.useStore("memory");
            primeAndCheck(strings, clients, "memory store");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            checkAllHits(strings, clients, "memory store");
            CachedCompletions.useConfiguredStore();
        }
    }

    /** Our cache with a SQLite store on a temporary file holding the three answers. */
    @State(Scope.Benchmark)
    public static class Sqlite {
        final CachedService strings = new CachedService();
        final ClientCachedService clients = new ClientCachedService();
        Path file;

        @Setup(Level.Trial)
        public void setUp() {
            file = SqliteFixture.newFile("client-values");
            CachedCompletions.useStore("sqlite:" + file);
            primeAndCheck(strings, clients, "SQLite store");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            checkAllHits(strings, clients, "SQLite store");
            CachedCompletions.useConfiguredStore();
            SqliteFixture.delete(file);
        }
    }

    /** The do-it-yourself memos, keyed by the request objects, each holding its one answer. */
    @State(Scope.Benchmark)
    public static class Memo {
        final RequestMemo<String, String> strings = new RequestMemo<>(() -> Answers.ANSWER);
        final RequestMemo<ChatRequest, ChatResponse> chats = new RequestMemo<>(() -> ClientFixtures.CHAT_RESPONSE);
        final RequestMemo<ChatCompletionCreateParams, ChatCompletion> completions =
                new RequestMemo<>(() -> ClientFixtures.CHAT_COMPLETION);

        @Setup(Level.Trial)
        public void setUp() {
            strings.get(ClientFixtures.prompt());
            chats.get(ClientFixtures.chatRequest());
            completions.get(ClientFixtures.completionParams());
            // What a map memo does: every caller gets the very object the first call returned.
            requireSame(chats.get(ClientFixtures.chatRequest()), ClientFixtures.CHAT_RESPONSE, "ChatRequest memo");
            requireSame(completions.get(ClientFixtures.completionParams()), ClientFixtures.CHAT_COMPLETION,
                    "ChatCompletionCreateParams memo");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            Checks.allHits(strings.bodyRuns(), "String memo");
            Checks.allHits(chats.bodyRuns(), "ChatRequest memo");
            Checks.allHits(completions.bodyRuns(), "ChatCompletionCreateParams memo");
        }
    }

    // --- String -> String: the baseline, HitBenchmark's 1 KB built prompt.

    @Benchmark
    public String stringBuild() {
        return ClientFixtures.prompt();
    }

    @Benchmark
    public String stringMemoryStore(Memory memory) {
        return memory.strings.complete(ClientFixtures.prompt());
    }

    @Benchmark
    public String stringSqliteStore(Sqlite sqlite) {
        return sqlite.strings.complete(ClientFixtures.prompt());
    }

    @Benchmark
    public int stringKeyHash(Generated g) {
        return g.stringSite.key(g.strings, new Object[] {ClientFixtures.prompt()}).hashCode();
    }

    @Benchmark
    public byte[] stringKeyDigest(Generated g) {
        return g.stringSite.key(g.strings, new Object[] {ClientFixtures.prompt()}).digest();
    }

    @Benchmark
    public Object stringDecode(Generated g) {
        return g.stringCodec.decode(g.stringBytes);
    }

    @Benchmark
    public String stringMapMemo(Memo memo) {
        return memo.strings.get(ClientFixtures.prompt());
    }

    // --- LangChain4j: ChatRequest -> ChatResponse.

    @Benchmark
    public ChatRequest chatResponseBuild() {
        return ClientFixtures.chatRequest();
    }

    @Benchmark
    public ChatResponse chatResponseMemoryStore(Memory memory) {
        return memory.clients.chat(ClientFixtures.chatRequest());
    }

    @Benchmark
    public ChatResponse chatResponseSqliteStore(Sqlite sqlite) {
        return sqlite.clients.chat(ClientFixtures.chatRequest());
    }

    @Benchmark
    public Object chatResponseKeyTree(Generated g) {
        return g.chatEncoder.keyTree(ClientFixtures.chatRequest());
    }

    @Benchmark
    public int chatResponseKeyHash(Generated g) {
        return g.chatSite.key(g.clients, new Object[] {ClientFixtures.chatRequest()}).hashCode();
    }

    @Benchmark
    public byte[] chatResponseKeyDigest(Generated g) {
        return g.chatSite.key(g.clients, new Object[] {ClientFixtures.chatRequest()}).digest();
    }

    @Benchmark
    public Object chatResponseDecode(Generated g) {
        return g.chatCodec.decode(g.chatBytes);
    }

    @Benchmark
    public ChatResponse chatResponseMapMemo(Memo memo) {
        return memo.chats.get(ClientFixtures.chatRequest());
    }

    // --- OpenAI Java SDK: ChatCompletionCreateParams -> ChatCompletion.

    @Benchmark
    public ChatCompletionCreateParams chatCompletionBuild() {
        return ClientFixtures.completionParams();
    }

    @Benchmark
    public ChatCompletion chatCompletionMemoryStore(Memory memory) {
        return memory.clients.complete(ClientFixtures.completionParams());
    }

    @Benchmark
    public ChatCompletion chatCompletionSqliteStore(Sqlite sqlite) {
        return sqlite.clients.complete(ClientFixtures.completionParams());
    }

    @Benchmark
    public Object chatCompletionKeyTree(Generated g) {
        return g.completionEncoder.keyTree(ClientFixtures.completionParams());
    }

    @Benchmark
    public int chatCompletionKeyHash(Generated g) {
        return g.completionSite.key(g.clients, new Object[] {ClientFixtures.completionParams()}).hashCode();
    }

    @Benchmark
    public byte[] chatCompletionKeyDigest(Generated g) {
        return g.completionSite.key(g.clients, new Object[] {ClientFixtures.completionParams()}).digest();
    }

    @Benchmark
    public Object chatCompletionDecode(Generated g) {
        return g.completionCodec.decode(g.completionBytes);
    }

    @Benchmark
    public ChatCompletion chatCompletionMapMemo(Memo memo) {
        return memo.completions.get(ClientFixtures.completionParams());
    }

    /**
     * One miss per method, then one hit, which must equal the original; for the client types it
     * must be a copy, since their codecs say the values may not be shared.
     */
    private static void primeAndCheck(CachedService strings, ClientCachedService clients, String store) {
        strings.complete(ClientFixtures.prompt());
        clients.chat(ClientFixtures.chatRequest());
        clients.complete(ClientFixtures.completionParams());
        requireEqual(strings.complete(ClientFixtures.prompt()), Answers.ANSWER, store + ", String");
        ChatResponse chat = clients.chat(ClientFixtures.chatRequest());
        requireEqual(chat, ClientFixtures.CHAT_RESPONSE, store + ", ChatResponse");
        requireCopy(chat, ClientFixtures.CHAT_RESPONSE, store + ", ChatResponse");
        ChatCompletion completion = clients.complete(ClientFixtures.completionParams());
        requireEqual(completion, ClientFixtures.CHAT_COMPLETION, store + ", ChatCompletion");
        requireCopy(completion, ClientFixtures.CHAT_COMPLETION, store + ", ChatCompletion");
        checkAllHits(strings, clients, store);
    }

    private static void checkAllHits(CachedService strings, ClientCachedService clients, String store) {
        Checks.allHits(strings, store + ", String");
        Checks.allHits(clients.chatRuns(), store + ", ChatResponse");
        Checks.allHits(clients.completeRuns(), store + ", ChatCompletion");
    }

    private static void requireEqual(Object actual, Object expected, String what) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(what + ": the value read back differs from the original: " + actual);
        }
    }

    private static void requireCopy(Object actual, Object original, String what) {
        if (actual == original) {
            throw new IllegalStateException(what + ": a hit returned the shared original, not a decoded copy");
        }
    }

    private static void requireSame(Object actual, Object original, String what) {
        if (actual != original) {
            throw new IllegalStateException(what + ": a memo hit did not return the stored object");
        }
    }
}
