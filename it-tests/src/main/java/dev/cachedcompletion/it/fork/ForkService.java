package dev.cachedcompletion.it.fork;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;

/** Answers with the id of the process that computed the answer, so a reader can tell who wrote it. */
public class ForkService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String answer(String prompt) {
        calls.incrementAndGet();
        return "computed by pid " + ProcessHandle.current().pid() + " for " + prompt;
    }

    /** The same answer, streamed word by word. */
    @CachedCompletion
    public Flux<String> answerStream(String prompt) {
        calls.incrementAndGet();
        return Flux.fromArray(("streamed by pid " + ProcessHandle.current().pid() + " for " + prompt).split("(?<= )"));
    }
}
