package dev.cachedcompletion.it.values;

import dev.cachedcompletion.CachedCompletion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/** Return types beyond the common ones: arrays, Optional, sets, enums, big numbers, time, odd doubles. */
public class MoreValuesService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String[] words(String prompt) {
        calls.incrementAndGet();
        return prompt.split(" ");
    }

    @CachedCompletion
    public int[] codePoints(String prompt) {
        calls.incrementAndGet();
        return prompt.codePoints().toArray();
    }

    @CachedCompletion
    public byte[] bytes(String prompt) {
        calls.incrementAndGet();
        return prompt.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @CachedCompletion
    public Optional<Answer> maybe(String prompt) {
        calls.incrementAndGet();
        return prompt.isEmpty() ? Optional.empty() : Optional.of(new Answer(prompt, 1, List.of(), null));
    }

    @CachedCompletion
    public Set<String> tags(String prompt) {
        calls.incrementAndGet();
        return new TreeSet<>(List.of(prompt.split(" ")));
    }

    @CachedCompletion
    public Mood mood(String prompt) {
        calls.incrementAndGet();
        return Mood.values()[prompt.length() % 3];
    }

    @CachedCompletion
    public BigDecimal price(String prompt) {
        calls.incrementAndGet();
        return new BigDecimal("12345678901234567890.000123").add(BigDecimal.valueOf(prompt.length()));
    }

    @CachedCompletion
    public Instant when(String prompt) {
        calls.incrementAndGet();
        return Instant.ofEpochSecond(1_700_000_000L, 123_456_789L + prompt.length());
    }

    @CachedCompletion
    public char initial(String prompt) {
        calls.incrementAndGet();
        return prompt.charAt(0);
    }

    @CachedCompletion
    public long big(String prompt) {
        calls.incrementAndGet();
        return Long.MIN_VALUE + prompt.length();
    }

    @CachedCompletion
    public double odd(String prompt) {
        calls.incrementAndGet();
        switch (prompt) {
            case "nan": return Double.NaN;
            case "inf": return Double.NEGATIVE_INFINITY;
            case "negzero": return -0.0;
            default: return Double.MIN_VALUE;
        }
    }
}
