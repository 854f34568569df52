package dev.cachedcompletion.internal.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.redis.TestRedis;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** What the store writes into Redis, and that clearing touches nothing else. */
class RedisKeyLayoutTest {

    private static final SyntheticSite ASK = SyntheticSite.strings("layout.Service#ask(java.lang.String)", 1);
    private static final SyntheticSite SUMMARIZE = SyntheticSite.strings("layout.Service#summarize(java.lang.String)", 1);

    private static TestRedis redis;
    private static Jedis admin;

    private final String prefix = TestRedis.uniquePrefix();
    private final CompletionStore store = open(prefix, "");

    @BeforeAll
    static void startRedis() throws Exception {
        redis = TestRedis.standalone();
        admin = redis.admin();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        admin.close();
        redis.close();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void anEntryIsOneStringKeyOfPrefixMethodHashAndDigestHoldingTheValueBytes() throws Exception {
        byte[] value = {'C', 'V', 1, 1, 0, 0, 0, 0, '"', 'h', 'i', '"'};
        store.put(ASK.keyOf("topic"), StoredValue.ofBytes(value), Duration.ofMinutes(10));

        String expected = prefix + hex(sha256(ASK.identity().getBytes(UTF_8))).substring(0, 16) + ":"
                + hex(ASK.keyOf("topic").digest());
        assertThat(admin.keys(prefix + "*")).containsExactly(expected);
        assertThat(admin.get(expected.getBytes(UTF_8))).isEqualTo(value);
        assertThat(admin.pttl(expected)).isBetween(1L, Duration.ofMinutes(10).toMillis());
    }

    @Test
    void aLeaseIsAMarkInTheEntrysOwnKeyThatTheStoredValueReplaces() throws Exception {
        String entry = prefix + hex(sha256(ASK.identity().getBytes(UTF_8))).substring(0, 16) + ":"
                + hex(ASK.keyOf("leased").digest());

        Lease lease = ((LeasingStore) store).acquireLease(ASK.keyOf("leased"));
        assertThat(lease.granted()).isTrue();
        assertThat(admin.keys(prefix + "*")).containsExactly(entry);
        assertThat(admin.get(entry)).startsWith("cachedcompletion-lease:");
        assertThat(admin.pttl(entry)).as("the lease's lifetime, 30 s by default").isBetween(1L, 30_000L);
        assertThat(store.get(ASK.keyOf("leased"))).as("a mark is never a value").isNull();

        byte[] value = {'C', 'V', 1, 1, 0, 0, 0, 0, '"', 'h', 'i', '"'};
        store.put(ASK.keyOf("leased"), StoredValue.ofBytes(value), Duration.ofMinutes(10));
        lease.close();

        assertThat(admin.keys(prefix + "*")).containsExactly(entry);
        assertThat(admin.get(entry.getBytes(UTF_8))).isEqualTo(value);
        assertThat(admin.pttl(entry)).isGreaterThan(30_000L);
    }

    @Test
    void withoutTtlAnEntryDoesNotExpireUnlessTheStoreHasADefault() {
        store.put(ASK.keyOf("forever"), bytes("kept"), null);
        assertThat(admin.pttl(onlyKey(prefix))).isEqualTo(-1);

        String other = TestRedis.uniquePrefix();
        try (CompletionStore withDefault = open(other, "&ttl=1h")) {
            withDefault.put(ASK.keyOf("default"), bytes("an hour"), null);
            assertThat(admin.pttl(onlyKey(other))).isBetween(1L, Duration.ofHours(1).toMillis());
        }
    }

    @Test
    void clearAndRemoveMethodLeaveEveryForeignKeyAlone() {
        Map<String, String> foreign = Map.of(
                "unrelated:key", "another application's",
                prefix.substring(0, prefix.length() - 1), "the prefix without its last character",
                prefix + "user:42", "under our prefix, but not our shape",
                prefix + "0123456789abcdef:not-a-digest", "almost our shape");
        foreign.forEach(admin::set);
        admin.hset(prefix + "a-hash", "field", "a value of another type under our prefix");
        String neighbour = TestRedis.uniquePrefix();
        try (CompletionStore neighbourStore = open(neighbour, "")) {
            neighbourStore.put(ASK.keyOf("a"), bytes("the neighbour cache's"), null);
            store.put(ASK.keyOf("a"), bytes("ask a"), null);
            store.put(SUMMARIZE.keyOf("a"), bytes("summary a"), null);

            store.clear();
            assertThat(store.get(SUMMARIZE.keyOf("a"))).isNull();
            assertThat(neighbourStore.get(ASK.keyOf("a"))).as("the neighbour cache's entry").isNotNull();
        }
        foreign.forEach((key, value) -> assertThat(admin.get(key)).as(key).isEqualTo(value));
        assertThat(admin.hget(prefix + "a-hash", "field")).isNotNull();
        admin.del(foreign.keySet().toArray(new String[0]));
        admin.del(prefix + "a-hash");
        admin.del(admin.keys(neighbour + "*").toArray(new String[0]));
    }

    @Test
    void aPrefixWithGlobCharactersMatchesOnlyItself() {
        String literal = "cctest:glob*[a]?:";
        String lookalike = "cctest:globXaY:"; // what the unescaped pattern would match
        try (CompletionStore globby = open(literal, ""); CompletionStore other = open(lookalike, "")) {
            globby.put(ASK.keyOf("a"), bytes("globby"), null);
            other.put(ASK.keyOf("a"), bytes("look-alike"), null);

            globby.clear();

            assertThat(globby.get(ASK.keyOf("a"))).isNull();
            assertThat(other.get(ASK.keyOf("a"))).as("the look-alike prefix's entry").isNotNull();
            other.clear();
        }
    }

    private String onlyKey(String keyPrefix) {
        Set<String> keys = admin.keys(keyPrefix + "*");
        assertThat(keys).hasSize(1);
        return keys.iterator().next();
    }

    private static CompletionStore open(String keyPrefix, String moreOptions) {
        return StoreFactory.open(redis.spec(keyPrefix, "&" + TestRedis.PATIENT + moreOptions), "test spec");
    }

    private static StoredValue bytes(String text) {
        return StoredValue.ofBytes(text.getBytes(UTF_8));
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
