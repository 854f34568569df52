package dev.cachedcompletion.it.outcome;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Returns whatever {@link #nextAnswer} holds, null included. */
public class NullableService {

    public final AtomicInteger calls = new AtomicInteger();
    public volatile String nextAnswer;

    @CachedCompletion
    public String answer(String prompt) {
        calls.incrementAndGet();
        return nextAnswer;
    }
}
