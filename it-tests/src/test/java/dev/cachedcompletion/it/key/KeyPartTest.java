package dev.cachedcompletion.it.key;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** @KeyPart members are part of the key; the instance itself is not. */
class KeyPartTest {

    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void instancesWithEqualKeyPartsShareEntries() {
        String first = miss(calls, () -> new KeyPartService(calls, "gpt", 0.0).complete("hi"));
        assertThat(hit(calls, () -> new KeyPartService(calls, "gpt", 0.0).complete("hi"))).isEqualTo(first);
    }

    @Test
    void aKeyPartFieldChangesTheKey() {
        miss(calls, () -> new KeyPartService(calls, "gpt", 0.0).complete("hi"));
        String other = miss(calls, () -> new KeyPartService(calls, "claude", 0.0).complete("hi"));
        assertThat(other).contains("claude");
    }

    @Test
    void aKeyPartMethodChangesTheKey() {
        miss(calls, () -> new KeyPartService(calls, "gpt", 0.0).complete("hi"));
        String other = miss(calls, () -> new KeyPartService(calls, "gpt", 0.7).complete("hi"));
        assertThat(other).contains("temperature=0.7");
    }
}
