package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.internal.config.JoinTimeout;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.testing.SyntheticSite;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every wait in the engine has a bound, re-entry never deadlocks, and an interrupted waiter stops
 * waiting without calling the model. The join bound here is 300 ms (60 s by default).
 */
class BoundedWaitsTest {

    private static final Duration BOUND = Duration.ofMillis(300);

    private final StoreSelection stores = new StoreSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, new ModeSelection(), JoinTimeout.of(BOUND));
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final AtomicInteger bodyRuns = new AtomicInteger();

    BoundedWaitsTest() {
        stores.use(StoreFactory.open("memory", "test"));
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void anAsyncMethodThatRetriesItselfWithTheSameKeyCompletes() throws Throwable {
        ResolvedSite ask = engine.resolve(ScriptedSite.async("waits.Service#ask(java.lang.String,int)"));

        CompletableFuture<?> answer = ask(ask, 1);

        // Before: the retry joined the call it was part of, and neither ever completed.
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("answer after 2 attempts");
        assertThat(bodyRuns).hasValue(2);
    }

    /** The client's call fails on its own thread at the first attempt; the method retries itself from there. */
    @SuppressWarnings("unchecked")
    private CompletableFuture<Object> ask(ResolvedSite site, int attempt) throws Throwable {
        return (CompletableFuture<Object>) engine.call(site, null, new Object[] {"q"}, () -> {
            bodyRuns.incrementAndGet();
            CompletableFuture<Object> client = CompletableFuture.supplyAsync(() -> {
                if (attempt == 1) {
                    throw new IllegalStateException("429 too many requests");
                }
                return "answer after " + attempt + " attempts";
            }, pool);
            return client.exceptionallyCompose(e -> {
                try {
                    return ask(site, attempt + 1);
                } catch (Throwable t) {
                    return CompletableFuture.failedFuture(t);
                }
            });
        });
    }

    @Test
    void aBodyWaitingForTheSameCallOnAnotherThreadDoesNotDeadlock() throws Throwable {
        ResolvedSite ask = engine.resolve(SyntheticSite.strings("waits.Service#nested(java.lang.String)", 1));

        Object answer = engine.call(ask, null, new Object[] {"q"}, () -> {
            bodyRuns.incrementAndGet();
            // The body asks the same question on a worker and waits for it: the worker joins this call.
            Future<Object> inner = pool.submit(Calls.callable(() -> engine.call(ask, null, new Object[] {"q"},
                    () -> "inner answer " + bodyRuns.incrementAndGet())));
            return "outer with " + inner.get(10, TimeUnit.SECONDS);
        });

        assertThat(answer).isEqualTo("outer with inner answer 2");
    }

    @Test
    void sameThreadReentryRunsAtOnce() throws Throwable {
        ResolvedSite ask = engine.resolve(SyntheticSite.strings("waits.Service#recursive(java.lang.String)", 1));
        long start = System.nanoTime();

        Object answer = engine.call(ask, null, new Object[] {"q"}, () ->
                "outer with " + engine.call(ask, null, new Object[] {"q"}, () -> "inner"));

        assertThat(answer).isEqualTo("outer with inner");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no join bound was waited out").isLessThan(BOUND);
    }

    @Test
    void anInterruptedWaiterStopsWaitingKeepsItsInterruptAndDoesNotCallTheModel() throws Throwable {
        CompletionEngine patient = new CompletionEngine(stores, new ModeSelection(), JoinTimeout.of(Duration.ofMinutes(5)));
        ResolvedSite ask = patient.resolve(SyntheticSite.strings("waits.Service#slow(java.lang.String)", 1));
        HeldBody slow = new HeldBody("answer", bodyRuns);
        Future<Object> leader = pool.submit(Calls.callable(() -> patient.call(ask, null, new Object[] {"q"}, slow)));
        slow.awaitEntered();

        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                patient.call(ask, null, new Object[] {"q"}, () -> "waiter's own answer " + bodyRuns.incrementAndGet());
            } catch (Throwable t) {
                thrown.set(t);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        waiter.start();
        awaitState(waiter, Thread.State.TIMED_WAITING);
        waiter.interrupt();
        waiter.join(10_000);

        assertThat(thrown.get()).isInstanceOf(CancellationException.class).hasMessageContaining("interrupted");
        assertThat(stillInterrupted).isTrue();
        assertThat(bodyRuns).as("cancelling a request adds no model call").hasValue(1);
        slow.release();
        assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
    }

    @Test
    void aWaiterWhoseLeaderNeverFinishesRunsItsOwnCallAfterTheBound() throws Throwable {
        ResolvedSite ask = engine.resolve(SyntheticSite.strings("waits.Service#hung(java.lang.String)", 1));
        HeldBody hung = new HeldBody("never", bodyRuns);
        pool.submit(Calls.callable(() -> engine.call(ask, null, new Object[] {"q"}, hung)));
        hung.awaitEntered();

        // Before: this caller waited for as long as the leader hung.
        assertThat(engine.call(ask, null, new Object[] {"q"}, () -> "own answer")).isEqualTo("own answer");
        hung.release();
    }

    private static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != state && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(thread.getState()).isEqualTo(state);
    }
}
