package dev.cachedcompletion.spring.woven;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** A bean whose class is woven by ajc at build time, as a user who weaves has it. */
public class WovenJokes {

    private final AtomicInteger modelCalls = new AtomicInteger();

    @CachedCompletion
    public String joke(String topic) {
        return "woven joke " + modelCalls.incrementAndGet() + " about " + topic;
    }

    /** Calls the cached method from inside the bean: only weaving can intercept that. */
    public String jokeFromInside(String topic) {
        return joke(topic);
    }

    public int modelCalls() {
        return modelCalls.get();
    }
}
