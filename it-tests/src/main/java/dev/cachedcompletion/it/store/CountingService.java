package dev.cachedcompletion.it.store;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** The plainest cached method, for tests about what the store does with many or no entries. */
public class CountingService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String answer(int question) {
        return "answer #" + calls.incrementAndGet() + " to " + question;
    }
}
