package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.ExcludeFromKey;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One argument of each common kind, plus one left out of the key. */
public class ArgumentsService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String complete(String prompt, int maxTokens, double temperature, List<String> stop, Persona persona,
            @ExcludeFromKey String traceId) {
        return "answer #" + calls.incrementAndGet() + " to " + prompt;
    }
}
