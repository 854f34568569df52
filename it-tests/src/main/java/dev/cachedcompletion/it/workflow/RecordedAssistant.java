package dev.cachedcompletion.it.workflow;

import dev.cachedcompletion.CachedCompletion;
import java.util.concurrent.atomic.AtomicInteger;

/** A synchronous "model" whose answers differ per call, so tests see which call an answer came from. */
public class RecordedAssistant {

    public static final String NAME = "workflow.recorded-assistant";

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion(name = NAME)
    public String answer(String prompt) {
        return "answer #" + calls.incrementAndGet() + " to " + prompt;
    }
}
