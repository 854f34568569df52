package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.testing.CapturedLog;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who shares a call in flight, how it is recorded, and on which thread an async answer is stored. */
class SharingTest {

    private final StoreSelection stores = new StoreSelection();
    private final ModeSelection modes = new ModeSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, modes);
    private final ScriptedStore store = new ScriptedStore(StoreFactory.open("memory", "test"));
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final AtomicInteger bodyRuns = new AtomicInteger();

    SharingTest() {
        stores.use(store);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void anAsyncCallerThatJoinsAndThenRunsItsOwnCallIsCountedAsAMiss() throws Throwable {
        ResolvedSite ask = engine.resolve(ScriptedSite.encodingFails("sharing.Service#ask(java.lang.String)", true,
                () -> new IllegalStateException("not encodable")));
        java.util.logging.Logger debug = java.util.logging.Logger.getLogger("dev.cachedcompletion");
        debug.setLevel(Level.ALL);
        try (CapturedLog log = new CapturedLog()) {
            CompletableFuture<Object> leaderClient = new CompletableFuture<>();
            CompletableFuture<?> leader = (CompletableFuture<?>) engine.call(ask, null, new Object[] {"q"}, () -> {
                bodyRuns.incrementAndGet();
                return leaderClient;
            });
            CompletableFuture<?> follower = (CompletableFuture<?>) engine.call(ask, null, new Object[] {"q"},
                    () -> CompletableFuture.completedFuture("own answer " + bodyRuns.incrementAndGet()));
            leaderClient.complete("leader's answer");

            assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("leader's answer");
            assertThat(follower.get(10, TimeUnit.SECONDS)).isEqualTo("own answer 2");
            // Before: the follower's own model call was logged as SHARED only.
            assertThat(ask.stats.misses()).isEqualTo(2);
            assertThat(ask.stats.hits()).isZero();
            assertThat(log.messagesAt(Level.FINE)).filteredOn(m -> m.startsWith("cached-completion: MISS")).hasSize(2);
        } finally {
            debug.setLevel(null);
        }
    }

    @Test
    void aRefreshCallerNeverJoinsAReadWriteCallThatMayAnswerFromTheStore() throws Throwable {
        ResolvedSite ask = engine.resolve(SyntheticSite.strings("sharing.Service#refresh(java.lang.String)", 1));
        HeldBody readWriteBody = new HeldBody("read-write answer", bodyRuns);
        Future<Object> readWrite = pool.submit(Calls.callable(() -> engine.call(ask, null, new Object[] {"q"}, readWriteBody)));
        readWriteBody.awaitEntered();

        Future<Object> refresh = pool.submit(Calls.callable(() -> {
            try (var scope = modes.open(CacheMode.REFRESH)) {
                return engine.call(ask, null, new Object[] {"q"}, () -> "fresh answer");
            }
        }));

        // Before: the refresh caller joined the read-write call and waited for it.
        assertThat(refresh.get(10, TimeUnit.SECONDS)).isEqualTo("fresh answer");
        readWriteBody.release();
        assertThat(readWrite.get(10, TimeUnit.SECONDS)).isEqualTo("read-write answer");
    }

    @Test
    void aReadWriteCallerThatArrivesDuringAReadOnlyCallStoresItsAnswer() throws Throwable {
        ResolvedSite ask = engine.resolve(SyntheticSite.strings("sharing.Service#readOnly(java.lang.String)", 1));
        HeldBody readOnlyBody = new HeldBody("read-only answer", bodyRuns);
        Future<Object> readOnly = pool.submit(Calls.callable(() -> {
            try (var scope = modes.open(CacheMode.READ_ONLY)) {
                return engine.call(ask, null, new Object[] {"q"}, readOnlyBody);
            }
        }));
        readOnlyBody.awaitEntered();

        Object readWrite = engine.call(ask, null, new Object[] {"q"}, () -> "read-write answer");
        readOnlyBody.release();
        readOnly.get(10, TimeUnit.SECONDS);

        assertThat(readWrite).isEqualTo("read-write answer");
        // Before: the read-write caller joined the read-only call, and nothing was ever stored.
        assertThat(engine.call(ask, null, new Object[] {"q"}, () -> "model called again")).isEqualTo("read-write answer");
    }

    @Test
    void anAsyncAnswerIsStoredOnTheLibrarysThreadNotTheClientsIoThread() throws Throwable {
        ResolvedSite ask = engine.resolve(ScriptedSite.async("sharing.Service#async(java.lang.String)"));
        ExecutorService clientIo = Executors.newSingleThreadExecutor(r -> new Thread(r, "client-io"));
        try {
            CompletableFuture<?> answer = (CompletableFuture<?>) engine.call(ask, null, new Object[] {"q"},
                    () -> CompletableFuture.supplyAsync(() -> "answer", clientIo));
            assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
            CompletableFuture<?> again = (CompletableFuture<?>) engine.call(ask, null, new Object[] {"q"},
                    () -> CompletableFuture.completedFuture("model called again"));
            assertThat(again.get(10, TimeUnit.SECONDS)).as("a call made as soon as the first completed").isEqualTo("answer");
        } finally {
            clientIo.shutdownNow();
        }
        // Before: the put ran on "client-io", blocking the HTTP client's thread for the store's timeouts.
        assertThat(store.putThreads).singleElement().asString().startsWith("cached-completion-store-");
    }
}
