package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletion;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Overloads whose arguments look equal: describe(1), describe(Integer 1), describe(1L), describe("1").
 * Each answer names its overload, so a shared entry would show as a wrong answer.
 */
public class OverloadService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String describe(int n) {
        calls.incrementAndGet();
        return "int " + n;
    }

    @CachedCompletion
    public String describe(Integer n) {
        calls.incrementAndGet();
        return "Integer " + n;
    }

    @CachedCompletion
    public String describe(long n) {
        calls.incrementAndGet();
        return "long " + n;
    }

    @CachedCompletion
    public String describe(String n) {
        calls.incrementAndGet();
        return "String " + n;
    }

    @CachedCompletion
    public String describe(List<String> n) {
        calls.incrementAndGet();
        return "List " + n;
    }
}
