package dev.cachedcompletion.reliability.sqlite;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** Steps the fault tests share: choosing the store, and waiting for caching to come back. */
final class CacheSteps {

    /** How long a test waits for the store to recover; it re-checks a refused file once per second. */
    static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(10);

    private CacheSteps() {
    }

    static void useSqlite(Path file) {
        CachedCompletions.useStore("sqlite:" + file);
    }

    /**
     * Ends any failure streak an earlier test left open: the library warns once per streak, so
     * without this a test could miss its own first warning. Leaves the memory store in use.
     */
    static void endFailureStreaks(AnswerService service) {
        CachedCompletions.useStore("memory");
        service.answer("streak-breaker-" + UUID.randomUUID(), 8);
    }

    /**
     * Calls fresh prompts until one is stored and then answered from the cache. Returns how long
     * that took; fails after {@link #RECOVERY_DEADLINE}.
     */
    static Duration awaitCaching(AnswerService service, String prefix) throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; System.nanoTime() - start < RECOVERY_DEADLINE.toNanos(); i++) {
            String prompt = prefix + i;
            service.answer(prompt, 64);
            int before = service.modelCalls();
            String again = service.answer(prompt, 64);
            if (service.modelCalls() == before && again.equals(AnswerService.expected(prompt, 64))) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("caching did not resume within " + RECOVERY_DEADLINE);
    }
}
