package dev.cachedcompletion.it.values;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Returns text and primitives; each answer is computed from the prompt so a mix-up would show. */
public class ScalarService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String text(String prompt) {
        calls.incrementAndGet();
        return prompt + " → 答えは「はい」です 🎉👍🏽 ÿ \u0000 end";
    }

    @CachedCompletion
    public int tokens(String prompt) {
        calls.incrementAndGet();
        return -prompt.length() * 1_000_003;
    }

    @CachedCompletion
    public double score(String prompt) {
        calls.incrementAndGet();
        return prompt.length() / 3.0;
    }

    @CachedCompletion
    public boolean approve(String prompt) {
        calls.incrementAndGet();
        return prompt.isEmpty();
    }
}
