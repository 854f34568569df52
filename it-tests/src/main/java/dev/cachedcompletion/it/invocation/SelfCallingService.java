package dev.cachedcompletion.it.invocation;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls its own cached method through {@code this}: a proxy-based cache (Spring's) would miss these
 * calls; compile-time weaving must not.
 */
public class SelfCallingService {

    public final AtomicInteger outlineCalls = new AtomicInteger();
    public final AtomicInteger essayCalls = new AtomicInteger();

    @CachedCompletion
    public String outline(String topic) {
        return "outline #" + outlineCalls.incrementAndGet() + " of " + topic;
    }

    /** Not cached itself: asks for the same outline twice. */
    public String twoDrafts(String topic) {
        return outline(topic) + " / " + outline(topic);
    }

    @CachedCompletion
    public String essay(String topic) {
        essayCalls.incrementAndGet();
        return "essay on " + outline(topic);
    }
}
