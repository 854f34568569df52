package dev.cachedcompletion.langchain4j;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;

/**
 * The two rules the decorators ({@link CachingChatModel}, {@link CachingStreamingChatModel}) key by,
 * written once: which request a model really answers, and which model answers it. Stateless.
 */
final class EffectiveRequests {

    private EffectiveRequests() {}

    /**
     * {@code request} with the model's default parameters under its own, merged exactly as
     * LangChain4j 1.19's {@code ChatModel.chat(ChatRequest, ChatRequestOptions)} and
     * {@code StreamingChatModel.chat(...)} merge them before {@code doChat}: the model name and
     * settings a model was built with are in the key only this way. Throws what that merge throws.
     */
    static ChatRequest withDefaults(ChatRequestParameters defaults, ChatRequest request) {
        return ChatRequest.builder()
                .messages(request.messages())
                .parameters(defaults.overrideWith(request.parameters()))
                .build();
    }

    /**
     * The wrapped model's class and provider, part of every key of a decorator: two clients with
     * the same parameters (an OpenAI and an Ollama model both called {@code "llama3"}) must not
     * share answers. The class name is exact; a model class renamed by a library upgrade starts
     * with an empty cache, which costs misses, never a wrong answer.
     */
    static String modelIdentity(Object model, ModelProvider provider) {
        return model.getClass().getName() + " (" + provider + ")";
    }
}
