package dev.cachedcompletion.it.outcome;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Fails a given number of times, then answers: a failure must not stop the later answer being cached. */
public class FlakyService {

    public final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failuresLeft;

    public FlakyService(int failures) {
        this.failuresLeft = new AtomicInteger(failures);
    }

    @CachedCompletion
    public String answer(String prompt) {
        calls.incrementAndGet();
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("rate limited");
        }
        return "answer to " + prompt;
    }
}
