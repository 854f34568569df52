package dev.cachedcompletion.benchmarks.support;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;

/**
 * A {@link StreamingService} on one store, with the bookkeeping the tear-down checks need: how many
 * calls were made, and the prompt of the last. Prompts made by {@link #freshPrompt()} were never
 * used before in this JVM, so a call with one is a miss.
 */
public final class CachedStreams {

    private final StreamingService service = new StreamingService();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong prompts = new AtomicLong();
    private final Path file;
    private volatile String lastPrompt;
    private volatile boolean lastWasPublisher;

    private CachedStreams(Path file) {
        this.file = file;
    }

    /** On the memory store (its defaults: 64 MiB). */
    public static CachedStreams onMemory() {
        CachedCompletions.useStore("memory");
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

    /** The cached {@code Flux} method. */
    public Flux<String> tokens(String prompt) {
        calls.incrementAndGet();
        lastPrompt = prompt;
        lastWasPublisher = false;
        return service.tokens(prompt);
    }

    /** The cached {@code Flow.Publisher} method. */
    public Flow.Publisher<String> tokenPublisher(String prompt) {
        calls.incrementAndGet();
        lastPrompt = prompt;
        lastWasPublisher = true;
        return service.tokenPublisher(prompt);
    }

    /** Reads the whole {@code Flux} answer to {@code prompt} (outside the measurement; not counted). */
    public void readToTheEnd(String prompt) {
        StreamProbe probe = StreamProbe.toTheEnd();
        service.tokens(prompt).subscribe(probe);
        probe.await();
    }

    /** Reads the answer to the last call's prompt again, from the same method (not counted). */
    public void readLastAgain() {
        if (!lastWasPublisher) {
            readToTheEnd(lastPrompt);
            return;
        }
        StreamProbe probe = StreamProbe.toTheEnd();
        service.tokenPublisher(lastPrompt).subscribe(probe);
        probe.await();
    }

    public long calls() {
        return calls.get();
    }

    public long bodyRuns() {
        return service.bodyRuns();
    }

    /** The prompt of the last call, or {@code null} before any. */
    public String lastPrompt() {
        return lastPrompt;
    }

    /** Back to the configured store; deletes the SQLite file, if any. */
    public void close() {
        CachedCompletions.useConfiguredStore();
        if (file != null) {
            SqliteFixture.delete(file);
        }
    }
}
