package dev.cachedcompletion.it.workflow;

import dev.cachedcompletion.CachedCompletion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** An async "model client": each call starts a future on another thread and counts the starts. */
public class AsyncAssistant {

    public final AtomicInteger calls = new AtomicInteger();
    /** While set, the futures wait for it before completing: lets tests pile callers up on one call. */
    public volatile CountDownLatch release;
    /** While set, the futures fail with it. */
    public volatile RuntimeException failure;

    @CachedCompletion
    public CompletableFuture<String> ask(String prompt) {
        int call = calls.incrementAndGet();
        CountDownLatch gate = release;
        RuntimeException fail = failure;
        return CompletableFuture.supplyAsync(() -> {
            awaitQuietly(gate);
            if (fail != null) {
                throw fail;
            }
            return "answer #" + call + " to " + prompt;
        });
    }

    @CachedCompletion
    public CompletionStage<List<String>> lines(String prompt) {
        calls.incrementAndGet();
        return CompletableFuture.supplyAsync(() -> new ArrayList<>(List.of(prompt, "second line")));
    }

    private static void awaitQuietly(CountDownLatch gate) {
        if (gate == null) {
            return;
        }
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
