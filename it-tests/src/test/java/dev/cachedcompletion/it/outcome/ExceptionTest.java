package dev.cachedcompletion.it.outcome;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CachedCompletions;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An exception is never cached and reaches the caller unchanged: same instance, checked or not. */
class ExceptionTest {

    private final IllegalStateException outage = new IllegalStateException("model unavailable");
    private final IOException timeout = new IOException("read timed out");
    private final FailingService service = new FailingService(outage, timeout);

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void theSameUncheckedExceptionReachesTheCallerOnEveryCall() {
        for (int call = 1; call <= 3; call++) {
            assertThatThrownBy(() -> service.unchecked("q")).isSameAs(outage);
            assertThat(service.calls).hasValue(call);
        }
    }

    @Test
    void theSameCheckedExceptionReachesTheCallerOnEveryCall() {
        for (int call = 1; call <= 3; call++) {
            assertThatThrownBy(() -> service.checked("q")).isSameAs(timeout);
            assertThat(service.calls).hasValue(call);
        }
    }

    @Test
    void anAnswerAfterFailuresIsCached() {
        FlakyService flaky = new FlakyService(2);
        assertThatThrownBy(() -> flaky.answer("q")).hasMessage("rate limited");
        assertThatThrownBy(() -> flaky.answer("q")).hasMessage("rate limited");
        assertThat(flaky.calls).hasValue(2);
        String answer = miss(flaky.calls, () -> flaky.answer("q"));
        assertThat(hit(flaky.calls, () -> flaky.answer("q"))).isEqualTo(answer).isEqualTo("answer to q");
    }
}
