package dev.cachedcompletion.examples;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.ExcludeFromKey;
import dev.cachedcompletion.KeyPart;

/** The application code: one method that calls the model, marked for caching. */
public class JokeAssistant {

    /** The model name is part of every key: switching models never returns another model's answer. */
    @KeyPart
    final String model;

    private final SimulatedChatModel chatModel;

    public JokeAssistant(String model, SimulatedChatModel chatModel) {
        this.model = model;
        this.chatModel = chatModel;
    }

    @CachedCompletion(version = 1, ttl = "7d")
    public String tellMeAJoke(String prompt, @ExcludeFromKey String requestId) {
        return chatModel.complete(model, prompt);
    }
}
