package dev.cachedcompletion.it.store;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Three lifetimes: a short one in the annotation, the store's default, and a long one that beats it. */
public class TtlService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion(ttl = "300ms")
    public String shortLived(String prompt) {
        return "short #" + calls.incrementAndGet() + " " + prompt;
    }

    @CachedCompletion
    public String storeDefault(String prompt) {
        return "default #" + calls.incrementAndGet() + " " + prompt;
    }

    @CachedCompletion(ttl = "1h")
    public String longLived(String prompt) {
        return "long #" + calls.incrementAndGet() + " " + prompt;
    }
}
