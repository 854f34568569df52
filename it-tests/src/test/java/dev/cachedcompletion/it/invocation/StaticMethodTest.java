package dev.cachedcompletion.it.invocation;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Static methods are cached, keyed by their arguments and the static key parts of their class. */
class StaticMethodTest {

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
        StaticService.useRegion("eu");
    }

    @AfterEach
    void restoreRegion() {
        StaticService.useRegion("eu");
    }

    @Test
    void aStaticMethodIsCached() {
        String first = miss(StaticService.CALLS, () -> StaticService.classify("invoice"));
        assertThat(hit(StaticService.CALLS, () -> StaticService.classify("invoice"))).isEqualTo(first);
        miss(StaticService.CALLS, () -> StaticService.classify("receipt"));
    }

    @Test
    void aStaticKeyPartChangesTheKey() {
        String europe = miss(StaticService.CALLS, () -> StaticService.classify("invoice"));
        StaticService.useRegion("us");
        assertThat(miss(StaticService.CALLS, () -> StaticService.classify("invoice"))).contains("us:");
        StaticService.useRegion("eu");
        assertThat(hit(StaticService.CALLS, () -> StaticService.classify("invoice"))).isEqualTo(europe);
    }
}
