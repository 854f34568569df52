package dev.cachedcompletion.benchmarks.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;

/**
 * The streamed answer of the stream benchmarks: {@link #COUNT} short token strings (a word and its
 * leading space, as chat models stream them), held in memory and emitted synchronously on request,
 * so that a benchmark measures what is around the stream rather than a model's pace.
 */
public final class Tokens {

    /** How many elements the answer of {@link #flux()} and {@link #publisher()} has. */
    public static final int COUNT = 500;

    /** The answer's elements, in order. */
    public static final List<String> ELEMENTS = tokens(COUNT);

    /** How many elements the paced stream has. */
    public static final int PACED_COUNT = 50;

    /** The answer of the paced stream: the first {@value #PACED_COUNT} elements. */
    public static final List<String> PACED = ELEMENTS.subList(0, PACED_COUNT);

    /** The time between two elements of the paced stream: a chat model's pace of about 50 tokens a second. */
    public static final Duration PACE = Duration.ofMillis(20);

    private Tokens() {
    }

    /** The elements as a fresh {@code Flux}, as a streaming client would return them. */
    public static Flux<String> flux() {
        return Flux.fromIterable(ELEMENTS);
    }

    /** The same elements as a {@code java.util.concurrent.Flow.Publisher}. */
    public static Flow.Publisher<String> publisher() {
        return JdkFlowAdapter.publisherToFlowPublisher(flux());
    }

    /**
     * {@link #PACED} one every {@link #PACE}, the first one {@code PACE} after the request, each on one
     * of Reactor's timer threads, as a network client would deliver them.
     */
    public static Flux<String> pacedFlux() {
        return Flux.fromIterable(PACED).delayElements(PACE);
    }

    private static List<String> tokens(int count) {
        String[] words = Prompts.text(4096).split(" ");
        List<String> tokens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tokens.add(" " + words[i % words.length]);
        }
        return List.copyOf(tokens);
    }
}
