package dev.cachedcompletion.redis.fleet;

import dev.cachedcompletion.CachedCompletion;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A woven consumer, compiled with the processor and woven by ajc like a user's class. Its "model"
 * answers with the id of the process that computed the answer, so a reader can tell who wrote it.
 */
public class FleetService {

    public final AtomicInteger calls = new AtomicInteger();
    /** How long the model takes to answer. */
    public volatile long modelMillis;

    public FleetService(long modelMillis) {
        this.modelMillis = modelMillis;
    }

    @CachedCompletion
    public String answer(String prompt) throws InterruptedException {
        calls.incrementAndGet();
        Thread.sleep(modelMillis);
        return "answered by pid " + ProcessHandle.current().pid() + ": " + prompt;
    }

    /**
     * The same kind of answer, streamed word by word: each word takes its share of the model's time,
     * spent as the caller reads it, like tokens arriving from a streaming model.
     */
    @CachedCompletion
    public Stream<String> answerStream(String prompt) {
        calls.incrementAndGet();
        String[] words = ("streamed by pid " + ProcessHandle.current().pid() + ": " + prompt).split("(?<= )");
        long perWord = modelMillis / words.length;
        return Arrays.stream(words).peek(word -> sleepQuietly(perWord));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A model that has nothing to say: {@code null} is never cached. */
    @CachedCompletion
    public String nothing(String prompt) {
        calls.incrementAndGet();
        return null;
    }

    @CachedCompletion(ttl = "1s")
    public String shortLived(String prompt) {
        calls.incrementAndGet();
        return "short-lived answer by pid " + ProcessHandle.current().pid() + ": " + prompt;
    }
}
