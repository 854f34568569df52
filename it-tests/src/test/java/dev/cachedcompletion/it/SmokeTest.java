package dev.cachedcompletion.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import org.junit.jupiter.api.Test;

class SmokeTest {

    @Test
    void secondCallIsAHit() {
        CachedCompletions.useStore("memory");
        JokeService service = new JokeService("m1");
        String first = service.joke("cats", "t1");
        String second = service.joke("cats", "t2");
        assertThat(second).isEqualTo(first);
        assertThat(service.calls).hasValue(1);
        service.joke("dogs", "t1");
        assertThat(service.calls).hasValue(2);
    }
}
