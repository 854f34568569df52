package dev.cachedcompletion.reliability.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads calling many overlapping keys through a woven method: the body runs exactly once per
 * distinct key, and every caller gets that one run's answer, in the memory store and in SQLite.
 */
@Timeout(120)
class OneBodyRunPerKeyTest {

    private static final int THREADS = 8;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @TempDir
    Path dir;

    @AfterEach
    void restore() {
        pool.shutdownNow();
        CachedCompletions.useConfiguredStore();
    }

    @Test
    void memoryStore() throws Exception {
        CachedCompletions.useStore("memory");
        runEightThreadsOver(10_000, "memory");
    }

    @Test
    void sqliteStore() throws Exception {
        CachedCompletions.useStore("sqlite:" + dir.resolve("overlap.db"));
        runEightThreadsOver(10_000, "sqlite");
    }

    /**
     * Every thread calls every key once, so each key is asked for {@value #THREADS} times. Half the
     * threads go in the same order and so race each other on every key; the other half go in their
     * own shuffled order and meet the first half at random points.
     */
    private void runEightThreadsOver(int keys, String store) throws Exception {
        CountingService service = new CountingService();
        List<String> prompts = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            prompts.add("prompt " + k);
        }
        AtomicInteger wrongAnswers = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<String> order = new ArrayList<>(prompts);
            if (t % 2 == 1) {
                Collections.shuffle(order, new Random(t));
            }
            threads.add(pool.submit(() -> {
                start.await();
                for (String prompt : order) {
                    // The first and only body run of a key answers "(body run 1)"; anything else is a second run.
                    if (!service.complete(prompt).equals("completion of " + prompt + " (body run 1)")) {
                        wrongAnswers.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        start.countDown();
        for (Future<?> thread : threads) {
            thread.get(100, TimeUnit.SECONDS);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        Map<String, Integer> runsPerKey = service.callsByPrompt().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
        Map<String, Integer> repeated = runsPerKey.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        System.out.printf("[reliability] one run per key (%s): %d threads x %d keys = %d calls, body runs %d,"
                + " distinct keys run %d, keys run more than once %d, wrong answers %d, %d ms%n", store, THREADS,
                keys, THREADS * keys, service.totalCalls(), runsPerKey.size(), repeated.size(), wrongAnswers.get(),
                millis);
        assertThat(repeated).as("keys whose body ran more than once").isEmpty();
        assertThat(runsPerKey).as("keys whose body ran").hasSize(keys);
        assertThat(wrongAnswers).hasValue(0);
    }
}
