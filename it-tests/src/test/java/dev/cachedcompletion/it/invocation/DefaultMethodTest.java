package dev.cachedcompletion.it.invocation;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An interface's default method is woven and cached; it was once rejected as having "no body to weave". */
class DefaultMethodTest {

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void aDefaultMethodIsCachedPerPersona() {
        DefaultMethodAssistant pirate = DefaultMethodAssistant.as("pirate");

        String first = miss(DefaultMethodAssistant.CALLS, () -> pirate.answer("why?"));
        assertThat(hit(DefaultMethodAssistant.CALLS, () -> DefaultMethodAssistant.as("pirate").answer("why?")))
                .isEqualTo(first);
        assertThat(miss(DefaultMethodAssistant.CALLS, () -> DefaultMethodAssistant.as("poet").answer("why?")))
                .contains("poet:");
    }
}
