package dev.cachedcompletion.internal;

import dev.cachedcompletion.testing.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The interceptor's side of single-flight across processes: on a miss it asks the store for a lease;
 * without it, it waits for the holder's value; with it, it stores the value before releasing it. A
 * store that fails at any step costs the cache, never the call.
 */
class CrossProcessLeaseTest {

    private final StoreSelection stores = new StoreSelection();
    private final ModeSelection modes = new ModeSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, modes);
    private final ScriptedLeases store = new ScriptedLeases(StoreFactory.open("memory", "test"));
    private final ResolvedSite ask = engine.resolve(SyntheticSite.strings("lease.Service#ask(java.lang.String)", 1));
    private final AtomicInteger bodyRuns = new AtomicInteger();
    private final CapturedLog log = new CapturedLog();

    CrossProcessLeaseTest() {
        stores.use(store);
    }

    @AfterEach
    void detachLog() {
        log.close();
    }

    @Test
    void aGrantedLeaseIsReleasedAfterTheValueIsStored() throws Throwable {
        assertThat(call("q")).isEqualTo("answer 1");

        assertThat(store.events).containsExactly("lease", "put", "release");
        assertThat(call("q")).as("a hit").isEqualTo("answer 1");
        assertThat(store.events).containsExactly("lease", "put", "release");
    }

    @Test
    void withoutTheLeaseTheCallReturnsTheValueAnotherProcessComputed() throws Throwable {
        store.grant = false;
        store.othersValue = StoredValue.ofBytes(ask.codec.encode("computed elsewhere"));

        assertThat(call("q")).isEqualTo("computed elsewhere");

        assertThat(bodyRuns).hasValue(0);
        assertThat(ask.stats.hits()).isEqualTo(1);
        assertThat(ask.stats.misses()).isZero();
    }

    @Test
    void whenTheOtherProcessEndsWithoutAValueTheCallComputesItHere() throws Throwable {
        store.grant = false;
        store.othersValue = null;

        assertThat(call("q")).isEqualTo("answer 1");

        assertThat(ask.stats.misses()).isEqualTo(1);
        assertThat(store.events).as("no release: the lease was never ours").containsExactly("lease", "await", "put");
    }

    @Test
    void aLeaseHandedOverWhileWaitingIsReleasedAfterTheValueIsStored() throws Throwable {
        store.grant = false;
        store.takeOverWhileWaiting = true; // the holder died: its lease passes to this caller

        assertThat(call("q")).isEqualTo("answer 1");

        assertThat(store.events).containsExactly("lease", "await", "put", "release");
    }

    @Test
    void aStoreFailingToGiveOrReleaseALeaseCostsTheCoordinationNotTheCall() throws Throwable {
        store.failLease = true;
        assertThat(call("q")).isEqualTo("answer 1");

        store.failLease = false;
        store.failRelease = true;
        assertThat(call("other")).isEqualTo("answer 2");

        assertThat(ask.stats.errors()).isEqualTo(2);
        // Two streaks: the second lease was given (and that success ended the first one).
        assertThat(log.messagesAt(Level.WARNING)).hasSize(2).allSatisfy(m -> assertThat(m)
                .contains("coordinating a call with other processes", store.describe()));
        assertThat(call("q")).as("both answers were stored all the same").isEqualTo("answer 1");
        assertThat(call("other")).isEqualTo("answer 2");
    }

    @Test
    void aReadOnlyCallTakesNoLeaseSinceItWillStoreNothingForOthersToWaitFor() throws Throwable {
        modes.use(dev.cachedcompletion.CacheMode.READ_ONLY);

        assertThat(call("q")).isEqualTo("answer 1");

        assertThat(store.events).isEmpty();
    }

    @Test
    void aStoreWithoutLeasesIsLeftAsItWas() throws Throwable {
        stores.use(StoreFactory.open("memory", "test"));

        assertThat(call("q")).isEqualTo("answer 1");
        assertThat(call("q")).isEqualTo("answer 1");
        assertThat(bodyRuns).hasValue(1);
    }

    private Object call(String prompt) throws Throwable {
        return engine.call(ask, null, new Object[] {prompt}, () -> "answer " + bodyRuns.incrementAndGet());
    }
}
