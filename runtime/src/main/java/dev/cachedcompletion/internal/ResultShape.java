package dev.cachedcompletion.internal;

import dev.cachedcompletion.internal.stream.ElementEncoder;
import dev.cachedcompletion.internal.stream.Recording;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * How one kind of return type plugs into the engine: how the body's result becomes "the answer
 * once complete", how a stored or shared answer is handed back in this shape, and how a follower
 * waits for a call in flight. Single-flight, modes, leases, counting and failure handling are the
 * engine's, the same for every shape.
 */
interface ResultShape {

    /** What the caller gets for an answer from the store or from a shared call ({@code null} allowed). */
    Object fromCache(Object answer);

    /** What the caller gets for a failure that is not the body's own: thrown, or a failed future. */
    Object failure(Throwable failure) throws Throwable;

    /**
     * Hands the body's result to the caller and tells {@code answer} the answer once it is complete, or
     * the failure, exactly once, on any thread. What the caller gets completes only after the answer
     * was stored (the {@code then} of {@link Answer}), so that a call made as soon as it completes is a
     * hit, and a caller that mutates its answer cannot change what was stored.
     */
    Object lead(Object returned, Answer answer);

    /**
     * Joins {@code flight}, waiting at most {@code bound}: blocking for a plain value, composing for a
     * future. {@code then} continues with what the wait ended with.
     */
    Object follow(Flight flight, Duration bound, FollowUp then) throws Throwable;

    /** Where the answer is encoded and stored: the caller's thread, or the library's own executor. */
    Executor storeExecutor();

    /**
     * Whether the caller's own thread learns the outcome ({@code false}: a plain value) or it is
     * decided later, on another thread (a future, a stream): counting then happens when it is known.
     */
    default boolean answersLater() {
        return true;
    }

    /**
     * The complete answer of a leader, told once. {@code then} runs once the answer was handled
     * (stored, the flight landed), on the store executor's thread, whatever failed. Never throws.
     */
    interface Answer {
        void completed(Object answer, Runnable then);

        void failed(Throwable failure, Runnable then);

        /** The caller gave the answer up before it was complete (a cancelled stream): nothing is stored. */
        void abandoned();

        /** A streamed answer has started: callers arriving now join {@code live} instead of waiting. */
        void streaming(Recording live);

        /** How each element of a streamed answer is encoded as it arrives, so that it is stored as it was. */
        ElementEncoder elementEncoder();
    }

    /** The rest of a follower's call, given how its wait ended. */
    @FunctionalInterface
    interface FollowUp {
        Object apply(Shared outcome) throws Throwable;
    }
}
