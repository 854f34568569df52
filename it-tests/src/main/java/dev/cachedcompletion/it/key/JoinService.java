package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Two strings whose concatenation can look alike: ("ab", "c") and ("a", "bc"), null and "null". */
public class JoinService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String join(String first, String second) {
        return "#" + calls.incrementAndGet() + " " + first + "|" + second;
    }
}
