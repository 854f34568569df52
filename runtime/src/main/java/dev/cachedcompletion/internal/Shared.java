package dev.cachedcompletion.internal;

import dev.cachedcompletion.internal.stream.Recording;
import dev.cachedcompletion.spi.StoredValue;

/**
 * What a caller that joined a call in flight receives from it. The first four come from the leader;
 * {@link TimedOut} and {@link Interrupted} are how the follower's own wait ended; {@link Live} is a
 * stream the leader is receiving, which a follower joins from its first element.
 */
sealed interface Shared {

    /** The leader's stream has started: a follower reads it from the first element, then live. */
    record Live(Recording recording) implements Shared {
    }

    /** The leader's answer, as followers may open it: a kept immutable object or encoded bytes. */
    record Value(StoredValue stored) implements Shared {
    }

    /** The leader's call returned {@code null} (never cached): followers return {@code null} too. */
    record NullResult() implements Shared {
    }

    /** The leader's call threw: followers get the same exception instance. Never cached. */
    record Failed(Throwable cause) implements Shared {
    }

    /** The leader's answer could not be encoded, so sharing it would share a mutable object. */
    record NotShareable() implements Shared {
    }

    /** The leader did not finish within the join bound. */
    record TimedOut() implements Shared {
    }

    /** The waiting thread was interrupted. */
    record Interrupted() implements Shared {
    }

    Shared NULL_RESULT = new NullResult();
    Shared NOT_SHAREABLE = new NotShareable();
    Shared TIMED_OUT = new TimedOut();
    Shared INTERRUPTED = new Interrupted();
}
