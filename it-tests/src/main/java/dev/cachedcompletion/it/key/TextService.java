package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Two different methods with the same parameter types, called with the same argument. */
public class TextService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String summarize(String text) {
        calls.incrementAndGet();
        return "summary of " + text;
    }

    @CachedCompletion
    public String translate(String text) {
        calls.incrementAndGet();
        return "translation of " + text;
    }
}
