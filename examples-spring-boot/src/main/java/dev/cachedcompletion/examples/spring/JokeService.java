package dev.cachedcompletion.examples.spring;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.KeyPart;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.springframework.stereotype.Service;

/**
 * Asks the model for jokes. The one method that calls the model is cached: the Spring Boot starter
 * advises it through this bean's proxy, so calls that come through the proxy (from the controller)
 * are cached. Nothing here calls {@link #joke} on {@code this}, which a proxy would not see.
 * Thread-safe.
 */
@Service
public class JokeService {

    /** Part of every key of this class: switching models never returns another model's answer. */
    @KeyPart
    final String model;

    private final ChatModel chatModel;

    /** A service that calls {@code chatModel} and keys its answers by {@code properties.name()}. */
    public JokeService(ChatModel chatModel, ModelProperties properties) {
        this.chatModel = chatModel;
        this.model = properties.name();
    }

    /**
     * The model's answer to a joke about {@code topic}: from the cache when this model was asked about
     * this topic before (within 7 days), else from the model. The whole {@link ChatResponse} is cached
     * (cached-completion-langchain4j's codec), so a hit also knows the tokens it did not spend.
     *
     * @throws RuntimeException whatever LangChain4j throws when the model call fails; nothing is cached then
     */
    @CachedCompletion(version = 1, ttl = "7d")
    public ChatResponse joke(String topic) {
        return chatModel.chat(ChatRequest.builder().messages(UserMessage.from("Tell me a joke about " + topic)).build());
    }
}
