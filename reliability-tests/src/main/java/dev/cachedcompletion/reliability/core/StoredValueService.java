package dev.cachedcompletion.reliability.core;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Two cached methods with different value types, whose stored values tests damage on purpose. */
public class StoredValueService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String text(String prompt) {
        return "text for " + prompt + " #" + calls.incrementAndGet();
    }

    @CachedCompletion
    public Answer answer(String prompt) {
        return new Answer("answer for " + prompt, calls.incrementAndGet());
    }
}
