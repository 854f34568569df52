package dev.cachedcompletion.it.workflow;

import dev.cachedcompletion.CachedCompletion;

/** A "model" that takes 40 ms per call, so the time-saved estimate has something to estimate. */
public class SlowAssistant {

    public static final String NAME = "workflow.slow-assistant";

    @CachedCompletion(name = NAME)
    public String answer(String prompt) {
        try {
            Thread.sleep(40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "slow answer to " + prompt;
    }
}
