package dev.cachedcompletion.spring.unwoven;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** A bean whose class is compiled with the processor but not woven: only the proxy can cache it. */
public class PlainJokes {

    private final AtomicInteger modelCalls = new AtomicInteger();

    @CachedCompletion
    public String joke(String topic) {
        return "plain joke " + modelCalls.incrementAndGet() + " about " + topic;
    }

    /** Calls the cached method from inside the bean: a proxy cannot intercept that. */
    public String jokeFromInside(String topic) {
        return joke(topic);
    }

    public int modelCalls() {
        return modelCalls.get();
    }
}
