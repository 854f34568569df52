package dev.cachedcompletion.reliability.core;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** Cached methods whose return types a hostile cache file might try to subvert with class names. */
public class GadgetTargetService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public AnimalPen animal(String prompt) {
        calls.incrementAndGet();
        return new AnimalPen(new Animal("animal for " + prompt));
    }

    @CachedCompletion
    public Shape shape(String prompt) {
        calls.incrementAndGet();
        Circle circle = new Circle();
        circle.label = "shape for " + prompt;
        circle.radius = 1.5;
        return circle;
    }

    @CachedCompletion
    public Reply reply(String prompt) {
        calls.incrementAndGet();
        return new Reply("reply for " + prompt);
    }
}
