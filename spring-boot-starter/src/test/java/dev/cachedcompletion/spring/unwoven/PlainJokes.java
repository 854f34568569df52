package dev.cachedcompletion.spring.unwoven;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/** A bean whose class is compiled with the processor but not woven: only the proxy can cache it. */
public class PlainJokes {

    private final AtomicInteger modelCalls = new AtomicInteger();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch answer = new CountDownLatch(1);

    @CachedCompletion
    public String joke(String topic) {
        return "plain joke " + modelCalls.incrementAndGet() + " about " + topic;
    }

    /** An answer that reports its token usage, through the codec registered for {@link Reply}. */
    @CachedCompletion
    public Reply reply(String topic) {
        modelCalls.incrementAndGet();
        return new Reply("a reply about " + topic, "gpt-4o-mini-2024-07-18", 1200, 300);
    }

    /** A model call that answers only once {@link #letSlowJokeAnswer()} is called. */
    @CachedCompletion
    public String slowJoke(String topic) throws InterruptedException {
        int call = modelCalls.incrementAndGet();
        entered.countDown();
        answer.await();
        return "slow joke " + call + " about " + topic;
    }

    public void awaitSlowJokeEntered() throws InterruptedException {
        entered.await();
    }

    public void letSlowJokeAnswer() {
        answer.countDown();
    }

    /** A streamed answer, one line at a time. */
    @CachedCompletion
    public Stream<String> jokeLines(String topic) {
        int call = modelCalls.incrementAndGet();
        return Stream.of("line 1 of joke " + call, "line 2 about " + topic);
    }

    /** A streamed answer into a handler parameter: the cache runs the body with a recorder in its place. */
    @CachedCompletion
    public void tellLines(String topic, LineHandler handler) {
        int call = modelCalls.incrementAndGet();
        handler.onLine("line 1 of joke " + call);
        handler.onLine("line 2 about " + topic);
        handler.onDone();
    }

    /** Calls the cached method from inside the bean: a proxy cannot intercept that. */
    public String jokeFromInside(String topic) {
        return joke(topic);
    }

    public int modelCalls() {
        return modelCalls.get();
    }
}
