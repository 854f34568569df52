package dev.cachedcompletion.it.concurrency;

import dev.cachedcompletion.CachedCompletion;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A model call slow enough (200 ms) for concurrent callers to pile up behind it. */
public class SlowService {

    public final AtomicInteger calls = new AtomicInteger();

    /** When set, each call throws it after the delay, like a model call that times out. */
    public volatile RuntimeException failure;

    @CachedCompletion
    public List<String> answer(String prompt) throws InterruptedException {
        int call = calls.incrementAndGet();
        Thread.sleep(200);
        RuntimeException fail = failure;
        if (fail != null) {
            throw fail;
        }
        return List.of("answer #" + call, prompt);
    }
}
