package dev.cachedcompletion.internal.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompactableStore;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.MethodClearingStore;
import dev.cachedcompletion.spi.ObjectKeepingStore;
import dev.cachedcompletion.spi.StoreSpace;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CompletionStore} promises, run against each implementation by a subclass that
 * says how to open one, and what each optional capability promises for the stores that opt into it
 * ({@link LeasingStore}, {@link ObjectKeepingStore}, {@link CompactableStore}; skipped for the others). Uses only the public SPI, so stores in other modules (Redis) can extend it;
 * test methods are public for the same reason.
 */
public abstract class CompletionStoreContract {

    /** Short enough to keep the suite fast, long enough to see an entry before it expires. */
    protected static final Duration SHORT_TTL = Duration.ofMillis(300);
    private static final Duration EXPIRY_DEADLINE = Duration.ofSeconds(5);

    protected static final SyntheticSite ASK = SyntheticSite.strings("contract.Service#ask(java.lang.String)", 1);
    protected static final SyntheticSite SUMMARIZE =
            SyntheticSite.strings("contract.Service#summarize(java.lang.String)", 1);

    protected CompletionStore store;

    /** A new, empty store whose entries stored without a TTL live for {@code defaultTtl} ({@code null}: forever). */
    protected abstract CompletionStore openStore(Duration defaultTtl);

    @BeforeEach
    public void openEmptyStore() {
        store = openStore(null);
        store.clear();
    }

    @AfterEach
    public void closeStore() {
        store.close();
    }

    @Test
    public void aKeptObjectComesBackAsTheSameObject() {
        assumeTrue(store instanceof ObjectKeepingStore, "the store keeps no objects");
        Object answer = List.of("immutable", "answer");

        store.put(ASK.keyOf("kept"), StoredValue.ofObject(answer, 24), null);

        assertThat(store.get(ASK.keyOf("kept")).object()).isSameAs(answer);
    }

    @Test
    public void aLeaseGoesToOneStoreAtATimeAndItsValueReachesTheWaiter() {
        assumeTrue(store instanceof LeasingStore, "the store does not coordinate processes");
        CacheKey key = ASK.keyOf("leased");
        try (CompletionStore otherProcess = openStore(null)) {
            Lease held = ((LeasingStore) store).acquireLease(key);
            Lease waiting = ((LeasingStore) otherProcess).acquireLease(key);
            assertThat(held.granted()).isTrue();
            assertThat(waiting.granted()).as("a second lease on the key while the first is held").isFalse();

            store.put(key, bytes("computed once"), null);
            held.close();

            assertThat(text(waiting.awaitValue())).isEqualTo("computed once");
            assertThat(held.awaitValue()).as("a granted lease has nothing to wait for").isNull();
        }
    }

    @Test
    public void missReturnsNull() {
        assertThat(store.get(ASK.keyOf("never stored"))).isNull();
    }

    @Test
    public void putThenGetReturnsEqualBytes() {
        store.put(ASK.keyOf("topic"), bytes("answer"), null);

        // A key built again from equal arguments, as the next call builds it, must find the entry.
        assertThat(text(store.get(ASK.keyOf("topic")))).isEqualTo("answer");
    }

    @Test
    public void keyOfAnotherSiteInstanceOfTheSameMethodFindsTheEntry() {
        store.put(ASK.keyOf("topic"), bytes("answer"), null);

        // Another class loader or process builds its own site object for the same method.
        SyntheticSite sameMethod = SyntheticSite.strings(ASK.identity(), 1);
        assertThat(text(store.get(sameMethod.keyOf("topic")))).isEqualTo("answer");
    }

    @Test
    public void overwriteReplacesTheValue() {
        store.put(ASK.keyOf("topic"), bytes("first"), null);
        store.put(ASK.keyOf("topic"), bytes("second"), null);

        assertThat(text(store.get(ASK.keyOf("topic")))).isEqualTo("second");
    }

    @Test
    public void compactKeepsWhatHasNotExpiredAndLeavesNoFreeRoom() throws InterruptedException {
        assumeTrue(store instanceof CompactableStore, "the store has no file to compact");
        CompactableStore file = (CompactableStore) store;
        for (int i = 0; i < 50; i++) {
            store.put(SUMMARIZE.keyOf("removed-" + i), bytes("x".repeat(2_000) + i), null);
        }
        store.put(ASK.keyOf("kept"), bytes("kept"), null);
        putAndSeeBeforeExpiry(ASK.keyOf("short"), SHORT_TTL);
        awaitExpiry(ASK.keyOf("short"));
        file.remove(SUMMARIZE.identity(), null);

        StoreSpace after = file.compact();

        assertThat(text(store.get(ASK.keyOf("kept")))).isEqualTo("kept");
        assertThat(file.count(null)).as("entries left: the expired one is gone").isEqualTo(1);
        assertThat(after.freePages()).isZero();
        assertThat(after).isEqualTo(file.space());
    }

    @Test
    public void entryExpiresAfterItsTtlWhileOthersStay() throws InterruptedException {
        putAndSeeBeforeExpiry(ASK.keyOf("short"), SHORT_TTL);
        store.put(ASK.keyOf("forever"), bytes("kept"), null);

        awaitExpiry(ASK.keyOf("short"));
        assertThat(text(store.get(ASK.keyOf("forever")))).isEqualTo("kept");
    }

    @Test
    public void overwriteWithoutTtlOutlivesTheFirstTtl() throws InterruptedException {
        store.put(ASK.keyOf("renewed"), bytes("first"), SHORT_TTL);
        store.put(ASK.keyOf("renewed"), bytes("second"), null);
        putAndSeeBeforeExpiry(ASK.keyOf("marker"), SHORT_TTL);

        awaitExpiry(ASK.keyOf("marker")); // by now the first TTL of "renewed" has passed too
        assertThat(text(store.get(ASK.keyOf("renewed")))).isEqualTo("second");
    }

    @Test
    public void storeDefaultTtlAppliesToEntriesWithoutTtl() throws InterruptedException {
        store.close();
        store = openStore(SHORT_TTL);
        store.put(ASK.keyOf("explicit"), bytes("long-lived"), Duration.ofHours(1));

        putAndSeeBeforeExpiry(ASK.keyOf("default"), null);
        awaitExpiry(ASK.keyOf("default"));
        assertThat(text(store.get(ASK.keyOf("explicit")))).isEqualTo("long-lived");
    }

    @Test
    public void ttlTooLongToRepresentMeansNoExpiry() {
        // Lifetimes beyond what nanoseconds or milliseconds hold (ttl = "36500000d") mean "forever", not a failed put.
        store.put(ASK.keyOf("huge"), bytes("kept"), Duration.ofSeconds(Long.MAX_VALUE));
        store.put(ASK.keyOf("days"), bytes("kept too"), Duration.ofDays(36_500_000));

        assertThat(text(store.get(ASK.keyOf("huge")))).isEqualTo("kept");
        assertThat(text(store.get(ASK.keyOf("days")))).isEqualTo("kept too");
    }

    @Test
    public void clearRemovesEverything() {
        store.put(ASK.keyOf("a"), bytes("ask a"), null);
        store.put(SUMMARIZE.keyOf("a"), bytes("summary a"), Duration.ofHours(1));

        store.clear();

        assertThat(store.get(ASK.keyOf("a"))).isNull();
        assertThat(store.get(SUMMARIZE.keyOf("a"))).isNull();
    }

    @Test
    public void clearingOneMethodLeavesTheOtherMethodsEntries() {
        assumeTrue(store instanceof MethodClearingStore, "the store cannot clear one method");
        store.put(ASK.keyOf("a"), bytes("ask a"), null);
        store.put(ASK.keyOf("b"), bytes("ask b"), Duration.ofHours(1));
        store.put(SUMMARIZE.keyOf("a"), bytes("summary a"), null);

        long removed = ((MethodClearingStore) store).clearMethod(ASK.identity());

        assertThat(removed).isEqualTo(2);
        assertThat(store.get(ASK.keyOf("a"))).isNull();
        assertThat(store.get(ASK.keyOf("b"))).isNull();
        assertThat(text(store.get(SUMMARIZE.keyOf("a")))).isEqualTo("summary a");
        assertThat(((MethodClearingStore) store).clearMethod("contract.Service#never(java.lang.String)")).isZero();
    }

    @Test
    public void equalArgumentsOfDistinctMethodsDoNotCollide() {
        store.put(ASK.keyOf("same"), bytes("from ask"), null);
        store.put(SUMMARIZE.keyOf("same"), bytes("from summarize"), null);

        assertThat(text(store.get(ASK.keyOf("same")))).isEqualTo("from ask");
        assertThat(text(store.get(SUMMARIZE.keyOf("same")))).isEqualTo("from summarize");
    }

    @Test
    public void concurrentPutsAndGetsSeeOnlyWholeValuesOfTheirOwnKey() throws Exception {
        int threads = 4;
        int keys = 8;
        int rounds = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        String k = "k" + (r % keys);
                        store.put(ASK.keyOf(k), bytes(k + "/" + thread + "/" + r), null);
                        StoredValue seen = store.get(ASK.keyOf("k" + ((r + thread) % keys)));
                        if (seen != null) {
                            // Another thread's write to the same key is fine; a torn or foreign value is not.
                            assertThat(text(seen)).startsWith("k" + ((r + thread) % keys) + "/");
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int k = 0; k < keys; k++) {
            assertThat(text(store.get(ASK.keyOf("k" + k)))).startsWith("k" + k + "/");
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    protected static StoredValue bytes(String text) {
        return StoredValue.ofBytes(text.getBytes(UTF_8));
    }

    protected static String text(StoredValue value) {
        assertThat(value).as("stored value").isNotNull();
        assertThat(value.bytes()).as("stored bytes").isNotNull();
        return new String(value.bytes(), UTF_8);
    }

    /**
     * Puts an entry with {@code ttl} ({@code null}: the store's default, {@link #SHORT_TTL} here) and
     * checks that it is visible before it expires. A machine that stalls past the TTL between put and
     * get would make that check meaningless, so the cycle is retried rather than asserted on.
     */
    private void putAndSeeBeforeExpiry(CacheKey key, Duration ttl) {
        for (int attempt = 0; attempt < 5; attempt++) {
            long start = System.nanoTime();
            store.put(key, bytes("short-lived"), ttl);
            StoredValue seen = store.get(key);
            if (System.nanoTime() - start < SHORT_TTL.toNanos() / 2) {
                assertThat(text(seen)).isEqualTo("short-lived");
                return;
            }
        }
        fail("the machine was too slow to see an entry within half of " + SHORT_TTL);
    }

    private void awaitExpiry(CacheKey key) throws InterruptedException {
        long deadline = System.nanoTime() + EXPIRY_DEADLINE.toNanos();
        while (store.get(key) != null) {
            if (System.nanoTime() > deadline) {
                fail(key + " still present " + EXPIRY_DEADLINE + " after a TTL of " + SHORT_TTL);
            }
            Thread.sleep(20);
        }
    }
}
