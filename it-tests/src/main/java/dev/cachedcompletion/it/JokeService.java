package dev.cachedcompletion.it;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.ExcludeFromKey;
import dev.cachedcompletion.KeyPart;
import java.util.concurrent.atomic.AtomicInteger;

/** A service whose "model call" counts its invocations, so tests can tell hits from misses. */
public class JokeService {

    public final AtomicInteger calls = new AtomicInteger();

    @KeyPart
    final String model;

    public JokeService(String model) {
        this.model = model;
    }

    @CachedCompletion
    public String joke(String topic, @ExcludeFromKey String traceId) {
        calls.incrementAndGet();
        return "A joke about " + topic + " from " + model + " #" + calls.get();
    }
}
