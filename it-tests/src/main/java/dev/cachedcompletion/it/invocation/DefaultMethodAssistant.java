package dev.cachedcompletion.it.invocation;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.KeyPart;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cached {@code default} method: the body lives in the interface, the key part comes from the
 * implementing class through the interface's abstract {@code @KeyPart} method.
 */
public interface DefaultMethodAssistant {

    AtomicInteger CALLS = new AtomicInteger();

    @KeyPart
    String persona();

    @CachedCompletion
    default String answer(String question) {
        return "#" + CALLS.incrementAndGet() + " " + persona() + ": " + question;
    }

    /** An implementation that adds nothing but its persona. */
    static DefaultMethodAssistant as(String persona) {
        return () -> persona;
    }
}
