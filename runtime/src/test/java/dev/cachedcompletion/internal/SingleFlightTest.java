package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Identical concurrent calls reach the model once; the others wait for its answer. */
@Timeout(30)
class SingleFlightTest {

    private static final int CALLERS = 32;

    private final StoreSelection stores = new StoreSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, new ModeSelection());
    private final ScriptedStore store = new ScriptedStore(StoreFactory.open("memory", "test"));
    private final ResolvedSite ask = engine.resolve(SyntheticSite.strings("flight.Service#ask(java.lang.String)", 1));
    private final ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    private final AtomicInteger bodyRuns = new AtomicInteger();
    private final List<Thread> callers = new java.util.concurrent.CopyOnWriteArrayList<>();

    SingleFlightTest() {
        stores.use(store);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void concurrentIdenticalCallsRunTheBodyOnce() throws Exception {
        List<Future<Object>> results = callAllAtOnce(() -> {
            bodyRuns.incrementAndGet();
            awaitEveryCallersFirstLookup();
            return new String("answer");
        });

        for (Future<Object> result : results) {
            assertThat(result.get()).isEqualTo("answer");
        }
        assertThat(bodyRuns).hasValue(1);
        assertThat(ask.stats.misses()).isEqualTo(1);
        assertThat(ask.stats.hits()).isEqualTo(CALLERS - 1);
    }

    @Test
    void callersThatJoinedAFailingCallGetItsFailureInsteadOfCallingTheModelAgain() throws Throwable {
        IllegalStateException leaderFailure = new IllegalStateException("model timed out");
        List<Future<Object>> results = callAllAtOnce(() -> {
            if (bodyRuns.incrementAndGet() == 1) {
                awaitEveryOtherCallerWaitingForTheFirst();
                throw leaderFailure;
            }
            return "answer";
        });

        for (Future<Object> result : results) {
            try {
                result.get();
                throw new AssertionError("every caller joined the failing call, so every caller must fail");
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isSameAs(leaderFailure);
            }
        }
        // One model call for 32 callers: a failing (or rate-limiting) model is not hit by a herd of retries.
        assertThat(bodyRuns).hasValue(1);
        // Nothing was cached: the next call runs the body again.
        assertThat(engine.call(ask, null, new Object[] {"same prompt"}, () -> {
            bodyRuns.incrementAndGet();
            return "answer";
        })).isEqualTo("answer");
        assertThat(bodyRuns).hasValue(2);
    }

    /** Holds the leader until each other caller is parked waiting for the leader's outcome. */
    private void awaitEveryOtherCallerWaitingForTheFirst() throws InterruptedException {
        awaitEveryCallersFirstLookup();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            long waiting = callers.stream()
                    .filter(t -> t != Thread.currentThread() && t.getState() == Thread.State.TIMED_WAITING).count();
            if (waiting == CALLERS - 1) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the other callers did not all wait for the first call");
    }

    /**
     * Holds the first body until every caller has looked the key up and missed: without single-flight
     * each of them would then run the body too. Each caller looks up once, the leader once more.
     */
    private void awaitEveryCallersFirstLookup() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (store.gets.get() < CALLERS + 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(store.gets.get()).as("lookups before the first body returned").isGreaterThanOrEqualTo(CALLERS + 1);
    }

    private List<Future<Object>> callAllAtOnce(Invocation body) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            results.add(pool.submit(() -> {
                callers.add(Thread.currentThread());
                start.await();
                try {
                    return engine.call(ask, null, new Object[] {"same prompt"}, body);
                } catch (Exception | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new AssertionError(t);
                }
            }));
        }
        start.countDown();
        return results;
    }
}
