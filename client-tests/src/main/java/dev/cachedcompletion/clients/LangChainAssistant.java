package dev.cachedcompletion.clients;

import dev.cachedcompletion.CachedCompletion;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * A LangChain4j service as a user writes it: the method that calls the model is annotated, keyed by
 * the whole {@link ChatRequest} (through cached-completion-langchain4j's key encoder) and cached as
 * the whole {@link ChatResponse} (through its codec). The requests in these tests name their model
 * in their parameters, so the model builder's default does not need to be in the key.
 */
public class LangChainAssistant {

    private final ChatModel model;

    public LangChainAssistant(ChatModel model) {
        this.model = model;
    }

    @CachedCompletion(name = "client-tests.langchain4j.chat")
    public ChatResponse chat(ChatRequest request) {
        return model.chat(request);
    }
}
