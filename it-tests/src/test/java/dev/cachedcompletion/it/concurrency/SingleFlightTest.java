package dev.cachedcompletion.it.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import dev.cachedcompletion.it.StoreKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Concurrent identical calls run the model once; the others wait for its answer, never forever. */
class SingleFlightTest {

    private static final int THREADS = 32;
    private static final String METHOD = "dev.cachedcompletion.it.concurrency.SlowService#answer(java.lang.String)";

    @TempDir
    Path dir;

    private final SlowService service = new SlowService();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void thirtyTwoIdenticalCallsRunTheBodyOnce(StoreKind store) throws Exception {
        store.useFresh(dir);
        CompletionStatistics before = CachedCompletions.statistics(METHOD);

        List<Future<List<String>>> answers = raceIdenticalCalls();

        HashSet<List<String>> distinct = new HashSet<>();
        for (Future<List<String>> answer : answers) {
            distinct.add(answer.get(10, TimeUnit.SECONDS));
        }
        assertThat(service.calls).hasValue(1);
        assertThat(distinct).containsExactly(List.of("answer #1", "the same question"));
        CompletionStatistics after = CachedCompletions.statistics(METHOD);
        assertThat(after.misses() - before.misses()).isEqualTo(1);
        assertThat(after.hits() - before.hits()).isEqualTo(THREADS - 1);
    }

    @Test
    void whenTheLeaderFailsNoCallerHangsAndTheNextCallRunsAgain() throws Exception {
        CachedCompletions.useStore("memory");
        IllegalStateException timeout = new IllegalStateException("model timed out");
        service.failure = timeout;

        for (Future<List<String>> answer : raceIdenticalCalls()) {
            assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).extracting(Throwable::getCause).isSameAs(timeout);
        }
        // Callers that joined the failing call got its failure; late arrivals (if any) ran the body
        // themselves and failed the same way. Far fewer model calls than callers, never more.
        assertThat(service.calls.get()).isLessThan(THREADS);

        service.failure = null;
        int before = service.calls.get();
        service.answer("the same question");
        assertThat(service.calls).hasValue(before + 1);
    }

    /** Starts THREADS identical calls at once, through a start gate. */
    private List<Future<List<String>>> raceIdenticalCalls() throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> answers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                return service.answer("the same question");
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        start.countDown();
        return answers;
    }
}
