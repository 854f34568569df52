package dev.cachedcompletion.it.streams;

import dev.cachedcompletion.CachedCompletion;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;

/** A chat service that streams its answers, in each shape a user may write. */
public class StreamingAssistant {

    /** One streamed piece of a structured answer. */
    public record Token(int index, String text) {
    }

    public final ScriptedModel model = new ScriptedModel();
    /** How often a method body ran (on a hit it does not). */
    public final AtomicInteger bodies = new AtomicInteger();
    /** The threads the body of {@link #chat} ran on: where the cache looked up before calling it. */
    public final List<String> bodyThreads = new CopyOnWriteArrayList<>();

    @CachedCompletion
    public Flux<String> chat(String prompt) {
        bodies.incrementAndGet();
        bodyThreads.add(Thread.currentThread().getName());
        return model.open(prompt);
    }

    @CachedCompletion
    public Flow.Publisher<String> chatPublisher(String prompt) {
        bodies.incrementAndGet();
        return JdkFlowAdapter.publisherToFlowPublisher(model.open(prompt));
    }

    @CachedCompletion
    public Stream<String> chatStream(String prompt) {
        bodies.incrementAndGet();
        return model.open(prompt).toStream(1);
    }

    @CachedCompletion
    public Flux<Token> tokens(String prompt) {
        bodies.incrementAndGet();
        AtomicInteger index = new AtomicInteger();
        return model.open(prompt).map(text -> new Token(index.getAndIncrement(), text));
    }

    @CachedCompletion
    public Flux<List<String>> batches(String prompt) {
        bodies.incrementAndGet();
        return model.open(prompt).map(text -> List.of(text, text.toUpperCase()));
    }
}
