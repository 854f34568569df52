package dev.cachedcompletion.internal;

import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * A method that returns its answer: the caller waits for the body, and the answer is stored on the
 * caller's thread before it is returned, so that the next call is a hit.
 */
final class PlainShape implements ResultShape {

    static final PlainShape INSTANCE = new PlainShape();

    private PlainShape() {
    }

    @Override
    public Object fromCache(Object answer) {
        return answer;
    }

    @Override
    public Object failure(Throwable failure) throws Throwable {
        throw failure;
    }

    @Override
    public Object lead(Object returned, Answer answer) {
        answer.completed(returned, () -> { });
        return returned;
    }

    @Override
    public Object follow(Flight flight, Duration bound, FollowUp then) throws Throwable {
        return then.apply(flight.await(bound));
    }

    @Override
    public Executor storeExecutor() {
        return Runnable::run;
    }

    @Override
    public boolean answersLater() {
        return false;
    }
}
