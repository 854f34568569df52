package dev.cachedcompletion.reliability.core;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the canaries record. Kept apart from them so that a test can read the evidence without
 * loading (and so initializing) a canary itself.
 */
public final class CanaryEvidence {

    /** Static initializers of canaries that ran: a class was loaded by name. */
    public static final AtomicInteger INITIALIZED = new AtomicInteger();
    /** Constructors and setters of canaries that ran: an object was built from data. */
    public static final AtomicInteger BUILT = new AtomicInteger();

    private CanaryEvidence() {
    }
}
