package dev.cachedcompletion.benchmarks.support;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link StreamingService} on one store, with the bookkeeping the tear-down checks need: how many
 * calls were made, and which method and prompt the last one had. Prompts made by
 * {@link #freshPrompt()} were never used before in this JVM, so a call with one is a miss.
 */
public final class CachedStreams {

    /** The streaming methods of {@link StreamingService}. */
    public enum Method {
        /** {@code Flux<String> tokens(String)}: the {@link Tokens} stream. */
        FLUX(Tokens.ELEMENTS),
        /** {@code Flow.Publisher<String> tokenPublisher(String)}: the same elements. */
        FLOW_PUBLISHER(Tokens.ELEMENTS),
        /** {@code Flux<String> pacedTokens(String)}: {@link Tokens#PACED}, at a model's pace. */
        PACED_FLUX(Tokens.PACED);

        /** What a whole answer of this method holds. */
        public final List<String> elements;

        Method(List<String> elements) {
            this.elements = elements;
        }
    }

    private final StreamingService service = new StreamingService();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong prompts = new AtomicLong();
    private final Path file;
    private volatile String lastPrompt;
    private volatile Method lastMethod;

    private CachedStreams(Path file) {
        this.file = file;
    }

    /** On the memory store (its defaults: 64 MiB). */
    public static CachedStreams onMemory() {
        return onMemory("memory");
    }

    /** On the memory store of {@code spec}, e.g. {@code memory?maxBytes=64m}. */
    public static CachedStreams onMemory(String spec) {
        CachedCompletions.useStore(spec);
        return new CachedStreams(null);
    }

    /** On a SQLite store in a new temporary file. */
    public static CachedStreams onSqlite(String label) {
        Path file = SqliteFixture.newFile(label);
        CachedCompletions.useStore("sqlite:" + file);
        return new CachedStreams(file);
    }

    /** A prompt no call has had before. */
    public String freshPrompt() {
        return "Tell me a story, number " + prompts.incrementAndGet() + ".";
    }

    /** Calls {@code method} with {@code prompt} and subscribes {@code probe} to what it returns. */
    public void call(Method method, String prompt, StreamProbe probe) {
        calls.incrementAndGet();
        lastPrompt = prompt;
        lastMethod = method;
        subscribe(method, prompt, probe);
    }

    /** Calls {@code method} with {@code prompt}, waits for the first element, cancels, and returns it. */
    public String first(Method method, String prompt) {
        StreamProbe probe = StreamProbe.firstOnly(method.elements);
        call(method, prompt, probe);
        return probe.await();
    }

    /** Calls {@code method} with {@code prompt}, waits for the completion signal, and returns the last element. */
    public String last(Method method, String prompt) {
        StreamProbe probe = StreamProbe.toTheEnd(method.elements);
        call(method, prompt, probe);
        return probe.await();
    }

    /** Reads the whole answer of {@code method} to {@code prompt} (outside the measurement; not counted). */
    public void readToTheEnd(Method method, String prompt) {
        StreamProbe probe = StreamProbe.toTheEnd(method.elements);
        subscribe(method, prompt, probe);
        probe.await();
    }

    /** Reads the answer to the last call again, from the same method (not counted). */
    public void readLastAgain() {
        readToTheEnd(lastMethod, lastPrompt);
    }

    private void subscribe(Method method, String prompt, StreamProbe probe) {
        switch (method) {
            case FLUX -> service.tokens(prompt).subscribe(probe);
            case FLOW_PUBLISHER -> service.tokenPublisher(prompt).subscribe(probe);
            case PACED_FLUX -> service.pacedTokens(prompt).subscribe(probe);
            default -> throw new IllegalArgumentException(String.valueOf(method));
        }
    }

    public long calls() {
        return calls.get();
    }

    public long bodyRuns() {
        return service.bodyRuns();
    }

    /** Back to the configured store; deletes the SQLite file, if any. */
    public void close() {
        CachedCompletions.useConfiguredStore();
        if (file != null) {
            SqliteFixture.delete(file);
        }
    }
}
