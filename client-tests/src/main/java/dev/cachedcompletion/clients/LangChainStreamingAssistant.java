package dev.cachedcompletion.clients;

import dev.cachedcompletion.CachedCompletion;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

/**
 * A LangChain4j streaming service as a user writes it: the method is called the way
 * {@link StreamingChatModel#chat(ChatRequest, StreamingChatResponseHandler)} is. It is keyed by the
 * whole {@link ChatRequest}; the handler is where the answer goes (cached-completion-langchain4j's
 * handler adapter), so it is not part of the key, and on a hit it receives the recorded answer.
 */
public class LangChainStreamingAssistant {

    private final StreamingChatModel model;

    public LangChainStreamingAssistant(StreamingChatModel model) {
        this.model = model;
    }

    @CachedCompletion(name = "client-tests.langchain4j.stream")
    public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
        model.chat(request, handler);
    }
}
