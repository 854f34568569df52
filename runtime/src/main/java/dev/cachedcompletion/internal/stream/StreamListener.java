package dev.cachedcompletion.internal.stream;

/**
 * Told once how a live {@link Recording} ended. {@code then} must run exactly once, whatever fails:
 * the subscribers receive the end of the stream only after it, so that a call made as soon as a
 * stream completed finds the answer stored.
 */
public interface StreamListener {

    /** The stream completed normally; {@code recorded} is the whole answer. */
    void completed(RecordedStream recorded, Runnable then);

    /** The stream failed; the subscribers receive {@code failure} after {@code then}. */
    void failed(Throwable failure, Runnable then);

    /** Every subscriber cancelled before the end: the stream was cancelled, and nothing may be stored. */
    void abandoned();
}
