package dev.cachedcompletion.it.values;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Takes a whole document as the prompt. */
public class LargePromptService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String summarize(String document) {
        return "summary #" + calls.incrementAndGet() + " of " + document.length() + " chars";
    }
}
