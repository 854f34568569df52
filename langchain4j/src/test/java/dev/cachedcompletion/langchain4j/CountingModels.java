package dev.cachedcompletion.langchain4j;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Models that answer in-process through LangChain4j's own {@code chat} (so defaults are merged and
 * listeners fired as for a real provider) and remember every request {@code doChat} received. The
 * answer names the call's number and the effective model name and temperature, so a test can tell
 * which call a response came from.
 */
final class CountingModels {

    private static final StreamingHandle NEVER_CANCELLED = new StreamingHandle() {
        @Override
        public void cancel() {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private CountingModels() {}

    static ChatRequestParameters defaults(String modelName, double temperature) {
        return DefaultChatRequestParameters.builder().modelName(modelName).temperature(temperature).build();
    }

    static ChatResponse answer(int call, ChatRequest request) {
        return ChatResponse.builder()
                .aiMessage(AiMessage.from("answer " + call + " by " + request.parameters().modelName()
                        + " at " + request.parameters().temperature()))
                .modelName(request.parameters().modelName())
                .tokenUsage(new TokenUsage(7, 3))
                .build();
    }

    /** A blocking model; {@link #requests} holds what its {@code doChat} was given. */
    static class Counting implements ChatModel {
        final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
        private final ChatRequestParameters defaults;
        private final List<ChatModelListener> listeners;

        Counting(ChatRequestParameters defaults, ChatModelListener... listeners) {
            this.defaults = defaults;
            this.listeners = List.of(listeners);
        }

        @Override
        public ChatResponse doChat(ChatRequest request) {
            requests.add(request);
            return answer(requests.size(), request);
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return defaults;
        }

        @Override
        public List<ChatModelListener> listeners() {
            return listeners;
        }

        @Override
        public ModelProvider provider() {
            return ModelProvider.OLLAMA;
        }

        @Override
        public Set<Capability> supportedCapabilities() {
            return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        }
    }

    /** The same model under another class name, as another provider's client would be. */
    static final class OtherCounting extends Counting {
        OtherCounting(ChatRequestParameters defaults) {
            super(defaults);
        }
    }

    /** A streaming model: the answer's words as partials, then the complete response, on the caller's thread. */
    static final class CountingStreaming implements StreamingChatModel {
        final List<ChatRequest> requests = new CopyOnWriteArrayList<>();
        private final ChatRequestParameters defaults;

        CountingStreaming(ChatRequestParameters defaults) {
            this.defaults = defaults;
        }

        @Override
        public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
            requests.add(request);
            ChatResponse response = answer(requests.size(), request);
            for (String word : response.aiMessage().text().split(" ")) {
                handler.onPartialResponse(new PartialResponse(word + " "), new PartialResponseContext(NEVER_CANCELLED));
            }
            handler.onCompleteResponse(response);
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return defaults;
        }

        @Override
        public ModelProvider provider() {
            return ModelProvider.OLLAMA;
        }
    }
}
