package dev.cachedcompletion.examples;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.KeyPart;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * The application code of the demo: a LangChain4j service whose one model call is cached. The whole
 * {@link ChatRequest} is the key (cached-completion-langchain4j's key encoder reads its messages and
 * parameters) and the whole {@link ChatResponse} is the value (its codec keeps text, tool calls,
 * token usage, finish reason, model name and id).
 */
public class JokeAssistant {

    /**
     * The model the {@link ChatModel} was built for. A request that does not name its model is sent
     * to this one, so it must be part of the key: switching models never returns another model's answer.
     */
    @KeyPart
    final String modelName;

    private final ChatModel chatModel;

    public JokeAssistant(String modelName, ChatModel chatModel) {
        this.modelName = modelName;
        this.chatModel = chatModel;
    }

    /** The cached model call. */
    @CachedCompletion(version = 1, ttl = "7d")
    public ChatResponse chat(ChatRequest request) {
        return chatModel.chat(request);
    }

    /** What the application calls; goes through {@link #chat}, so it is cached too. */
    public ChatResponse tellMeAJoke(String topic) {
        return chat(ChatRequest.builder()
                .messages(SystemMessage.from("You are a comedian. Answer in one or two sentences."),
                        UserMessage.from("Tell me a joke about " + topic))
                .temperature(0.0)
                .build());
    }
}
