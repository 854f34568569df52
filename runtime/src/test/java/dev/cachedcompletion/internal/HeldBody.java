package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A method body that a test holds inside the call (a slow model) until it releases it. */
final class HeldBody implements Invocation {

    private final Object answer;
    private final AtomicInteger runs;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** {@code runs} counts the times the body ran (shared with other bodies of the test). */
    HeldBody(Object answer, AtomicInteger runs) {
        this.answer = answer;
        this.runs = runs;
    }

    @Override
    public Object proceed() throws InterruptedException {
        runs.incrementAndGet();
        entered.countDown();
        released.await();
        return answer;
    }

    /** Waits until a caller is inside the body. */
    void awaitEntered() throws InterruptedException {
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the body was entered").isTrue();
    }

    void release() {
        released.countDown();
    }
}
