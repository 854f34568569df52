package dev.cachedcompletion.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Asserts whether a call ran the method body, by the body's invocation counter. */
public final class Counting {

    private Counting() {
    }

    /** Calls and asserts the body did not run; returns the answer. */
    public static <T> T hit(AtomicInteger calls, Supplier<T> call) {
        int before = calls.get();
        T answer = call.get();
        assertThat(calls.get()).as("body invocations (expected a hit)").isEqualTo(before);
        return answer;
    }

    /** Calls and asserts the body ran exactly once; returns the answer. */
    public static <T> T miss(AtomicInteger calls, Supplier<T> call) {
        int before = calls.get();
        T answer = call.get();
        assertThat(calls.get()).as("body invocations (expected a miss)").isEqualTo(before + 1);
        return answer;
    }
}
