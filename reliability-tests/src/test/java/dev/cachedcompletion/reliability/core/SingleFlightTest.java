package dev.cachedcompletion.reliability.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.internal.config.StoreFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Identical concurrent calls through a woven method reach the model once and all get its answer. */
@Timeout(60)
class SingleFlightTest {

    private static final int CALLERS = 64;

    private final ExecutorService pool = Executors.newFixedThreadPool(CALLERS);

    @AfterEach
    void restore() {
        pool.shutdownNow();
        CachedCompletions.useConfiguredStore();
    }

    @Test
    void sixtyFourIdenticalCallsRunTheSlowBodyOnce() throws Exception {
        LookupRecordingStore store = new LookupRecordingStore(StoreFactory.open("memory", "test"));
        CachedCompletions.useStore(store);
        CountingService service = new CountingService();
        AtomicBoolean everyCallerMissed = new AtomicBoolean();
        // The body is held until every caller has looked the key up and missed: without single-flight,
        // each of them would then run the body too, however the threads happen to be scheduled.
        service.whileAnswering(() -> everyCallerMissed.set(store.awaitLookupsBy(CALLERS, 20, TimeUnit.SECONDS)));

        long started = System.nanoTime();
        List<String> results = callAtOnce(() -> service.complete("the same prompt"));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        Set<String> distinct = new HashSet<>(results);
        System.out.printf("[reliability] single-flight: %d callers, body runs %d, distinct results %d,"
                + " threads that looked up %d, %d ms%n", CALLERS, service.calls("the same prompt"),
                distinct.size(), store.threadsThatLookedUp(), millis);
        assertThat(everyCallerMissed).as("all %d callers looked up before the body returned", CALLERS).isTrue();
        assertThat(service.calls("the same prompt")).isEqualTo(1);
        assertThat(results).hasSize(CALLERS).doesNotContainNull();
        assertThat(distinct).containsExactly("completion of the same prompt (body run 1)");
    }

    private List<String> callAtOnce(Callable<String> call) throws Exception {
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                return call.call();
            }));
        }
        assertThat(ready.await(20, TimeUnit.SECONDS)).as("all callers started").isTrue();
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> f : futures) {
            results.add(f.get(40, TimeUnit.SECONDS));
        }
        return results;
    }
}
