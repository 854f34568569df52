package dev.cachedcompletion.it.stats;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Called only by the statistics test, so its counters hold nothing else. */
public class StatsService {

    public static final String NAME = "it.stats.named";

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion(name = NAME)
    public String named(String prompt) {
        return "#" + calls.incrementAndGet() + " " + prompt;
    }

    @CachedCompletion
    public String bySignature(String prompt, int n) {
        return "#" + calls.incrementAndGet() + " " + prompt + n;
    }
}
