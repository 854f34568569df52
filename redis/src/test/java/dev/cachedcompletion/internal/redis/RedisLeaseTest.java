package dev.cachedcompletion.internal.redis;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.redis.TestRedis;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.Lease;
import dev.cachedcompletion.spi.LeasingStore;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lease that lets one process of a fleet compute a key while the others wait. Each store instance
 * stands for one process: the lease lives in Redis, not in the store object.
 */
class RedisLeaseTest {

    private static final SyntheticSite ASK = SyntheticSite.strings("lease.Service#ask(java.lang.String)", 1);
    private static final long LEASE_MILLIS = 400;

    private static TestRedis redis;

    private final String prefix = TestRedis.uniquePrefix();
    private final List<CompletionStore> stores = new ArrayList<>();
    private final CacheKey key = ASK.keyOf("the question");

    @BeforeAll
    static void startRedis() throws Exception {
        redis = TestRedis.standalone();
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.close();
    }

    @AfterEach
    void closeStores() {
        stores.get(0).clear();
        stores.forEach(CompletionStore::close);
    }

    @Test
    void oneProcessGetsTheLeaseAndTheOthersReceiveItsValue() throws Exception {
        LeasingStore holder = process();
        LeasingStore waiter = process();

        Lease held = holder.acquireLease(key);
        Lease notHeld = waiter.acquireLease(key);
        assertThat(held.granted()).isTrue();
        assertThat(notHeld.granted()).isFalse();

        CompletableFuture<StoredValue> awaited = CompletableFuture.supplyAsync(notHeld::awaitValue);
        Thread.sleep(100);
        assertThat(awaited).as("the waiter waits while the holder computes").isNotDone();
        holder.put(key, bytes("the answer"), null);
        held.close();

        assertThat(text(awaited.get(5, TimeUnit.SECONDS))).isEqualTo("the answer");
    }

    @Test
    void whenTheHolderEndsWithoutAValueTheWaiterComputesAtOnce() throws Exception {
        LeasingStore holder = process();
        Lease held = holder.acquireLease(key);
        Lease notHeld = process().acquireLease(key);

        CompletableFuture<StoredValue> awaited = CompletableFuture.supplyAsync(notHeld::awaitValue);
        held.close(); // the model call failed or returned null: nothing is stored

        long start = System.nanoTime();
        assertThat(awaited.get(5, TimeUnit.SECONDS)).isNull();
        assertThat((System.nanoTime() - start) / 1e6).isLessThan(LEASE_MILLIS);
    }

    @Test
    void whenTheHolderDiesTheWaiterGoesOnOnceTheLeaseExpires() {
        process().acquireLease(key); // granted, and never released: the process died
        Lease notHeld = process().acquireLease(key);
        assertThat(notHeld.granted()).isFalse();

        long start = System.nanoTime();
        StoredValue value = notHeld.awaitValue();
        double waitedMillis = (System.nanoTime() - start) / 1e6;

        assertThat(value).isNull();
        assertThat(waitedMillis).isBetween(LEASE_MILLIS / 2.0, LEASE_MILLIS + 2000.0);
        assertThat(process().acquireLease(key).granted()).as("the next process may take the lease").isTrue();
    }

    @Test
    void aHolderWhoseLeaseExpiredDoesNotReleaseTheNextHoldersLease() throws Exception {
        Lease first = process().acquireLease(key);
        Thread.sleep(LEASE_MILLIS + 200);
        Lease second = process().acquireLease(key);
        assertThat(second.granted()).isTrue();

        first.close(); // late: its lease expired and the key now holds the second holder's token

        assertThat(process().acquireLease(key).granted()).as("the second holder still holds it").isFalse();
    }

    @Test
    void anEntryStoredJustBeforeTheLeaseIsTakenIsReadNotComputedAgain() {
        process().put(key, bytes("already there"), null);

        Lease lease = process().acquireLease(key);

        assertThat(lease.granted()).isFalse();
        assertThat(text(lease.awaitValue())).isEqualTo("already there");
        assertThat(process().acquireLease(ASK.keyOf("another question")).granted())
                .as("the lease given back at once").isTrue();
    }

    @Test
    void whileTheLeaseIsHeldALookupIsAMissAndTheStoredValueEndsTheLease() throws Exception {
        LeasingStore holder = process();
        LeasingStore reader = process();
        Lease held = holder.acquireLease(key);

        assertThat(reader.get(key)).as("the holder's mark is not a value").isNull();
        holder.put(key, bytes("the answer"), null);

        Lease next = reader.acquireLease(key);
        assertThat(next.granted()).as("the value is there: nothing left to compute").isFalse();
        assertThat(text(next.awaitValue())).isEqualTo("the answer");
        held.close();
        assertThat(text(reader.get(key))).as("closing after the value was stored keeps the value").isEqualTo("the answer");
    }

    @Test
    void aLateHolderClosingWithoutAValueLeavesTheValueAnotherProcessStored() throws Exception {
        Lease first = process().acquireLease(key);
        Thread.sleep(LEASE_MILLIS + 200);
        LeasingStore second = process();
        assertThat(second.acquireLease(key).granted()).isTrue();
        second.put(key, bytes("the second holder's answer"), null);

        first.close(); // its lease expired long ago; the key holds a value now

        assertThat(text(second.get(key))).isEqualTo("the second holder's answer");
    }

    @Test
    void leaseOffLeavesEveryProcessToItself() {
        LeasingStore store = (LeasingStore) StoreFactory.open(redis.spec(prefix, "&" + TestRedis.PATIENT + "&lease=off"), "test");
        stores.add(store);

        assertThat(store.acquireLease(key)).isSameAs(Lease.UNCOORDINATED);
    }

    private LeasingStore process() {
        LeasingStore store = (LeasingStore) StoreFactory.open(
                redis.spec(prefix, "&" + TestRedis.PATIENT + "&lease=" + LEASE_MILLIS + "ms"), "test");
        stores.add(store);
        return store;
    }

    private static StoredValue bytes(String text) {
        return StoredValue.ofBytes(text.getBytes(UTF_8));
    }

    private static String text(StoredValue value) {
        assertThat(value).isNotNull();
        return new String(value.bytes(), UTF_8);
    }
}
