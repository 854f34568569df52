package dev.cachedcompletion.it.streams;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * A test fixture standing in for a streaming model: every call opens a stream that the test drives
 * element by element (emit, complete, fail), so that tests see exactly when an element reaches a
 * caller. The streams opened, one per model call, wait in {@link #calls}.
 */
public final class ScriptedModel {

    /** One model stream: what the test pushes, and whether its reader cancelled it. */
    public static final class Call {
        public final String prompt;
        private final Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer();
        public volatile boolean cancelled;
        public volatile boolean subscribed;

        Call(String prompt) {
            this.prompt = prompt;
        }

        public Call emit(String... tokens) {
            for (String token : tokens) {
                sink.emitNext(token, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(5)));
            }
            return this;
        }

        public void complete() {
            sink.emitComplete(Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(5)));
        }

        public void fail(Throwable failure) {
            sink.emitError(failure, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofSeconds(5)));
        }

        Flux<String> tokens() {
            return sink.asFlux()
                    .doOnSubscribe(s -> subscribed = true)
                    .doOnCancel(() -> cancelled = true);
        }
    }

    private final LinkedBlockingQueue<Call> calls = new LinkedBlockingQueue<>();

    /** Opens a model stream for {@code prompt}; the test takes it with {@link #nextCall}. */
    public Flux<String> open(String prompt) {
        Call call = new Call(prompt);
        calls.add(call);
        return call.tokens();
    }

    /** The next model call, waiting up to 10 seconds for it; fails the test if none came. */
    public Call nextCall() throws InterruptedException {
        Call call = calls.poll(10, TimeUnit.SECONDS);
        if (call == null) {
            throw new AssertionError("the model was not called");
        }
        return call;
    }

    /** Whether the model was called and the test has not taken the call yet. */
    public boolean wasCalled() {
        return !calls.isEmpty();
    }
}
