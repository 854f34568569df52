package dev.cachedcompletion.langchain4j;

import static dev.cachedcompletion.langchain4j.CountingModels.defaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CachingChatModel} as woven in this module's own build, over an in-process model: what is in
 * the key, what the wrapped model receives, and what is delegated. (client-tests runs it under a real
 * {@code AiServices} assistant over HTTP.)
 */
class CachingChatModelTest {

    @BeforeEach
    void freshCache() {
        CachedCompletions.useStore("memory");
        CachedCompletions.resetStatistics();
    }

    @Test
    void anIdenticalCallIsAnsweredFromTheCacheAndCountedUnderItsName() {
        CountingModels.Counting model = new CountingModels.Counting(defaults("llama3", 0.0));
        ChatModel caching = CachingChatModel.wrap(model);

        String first = caching.chat("Tell me a joke");
        String second = caching.chat("Tell me a joke");

        assertThat(second).isEqualTo(first).isEqualTo("answer 1 by llama3 at 0.0");
        assertThat(model.requests).hasSize(1);
        assertThat(CachedCompletions.statistics(CachingChatModel.STATISTICS_NAME).hits()).isEqualTo(1);
        assertThat(CachedCompletions.statistics(CachingChatModel.STATISTICS_NAME).misses()).isEqualTo(1);
    }

    @Test
    void modelsThatDifferOnlyInTheirDefaultParametersDoNotShareAnswers() {
        CountingModels.Counting cold = new CountingModels.Counting(defaults("llama3", 0.0));
        CountingModels.Counting warm = new CountingModels.Counting(defaults("llama3", 0.9));
        CountingModels.Counting other = new CountingModels.Counting(defaults("mistral", 0.0));

        assertThat(CachingChatModel.wrap(cold).chat("Tell me a joke")).isEqualTo("answer 1 by llama3 at 0.0");
        assertThat(CachingChatModel.wrap(warm).chat("Tell me a joke")).isEqualTo("answer 1 by llama3 at 0.9");
        assertThat(CachingChatModel.wrap(other).chat("Tell me a joke")).isEqualTo("answer 1 by mistral at 0.0");
        assertThat(CachingChatModel.wrap(new CountingModels.Counting(defaults("llama3", 0.9))).chat("Tell me a joke"))
                .as("a new model built like one already asked: its answer")
                .isEqualTo("answer 1 by llama3 at 0.9");
    }

    @Test
    void aRequestThatSaysWhatTheDefaultsSayIsTheSameCall() {
        CountingModels.Counting model = new CountingModels.Counting(defaults("llama3", 0.0));
        ChatModel caching = CachingChatModel.wrap(model);

        caching.chat("Tell me a joke");
        caching.chat(ChatRequest.builder().messages(UserMessage.from("Tell me a joke")).temperature(0.0).build());
        caching.chat(ChatRequest.builder().messages(UserMessage.from("Tell me a joke")).temperature(0.5).build());

        assertThat(model.requests).hasSize(2);
        assertThat(model.requests.get(1).parameters().temperature()).isEqualTo(0.5);
    }

    @Test
    void twoModelClassesWithTheSameParametersDoNotShareAnswers() {
        CountingModels.Counting one = new CountingModels.Counting(defaults("llama3", 0.0));
        CountingModels.OtherCounting another = new CountingModels.OtherCounting(defaults("llama3", 0.0));

        CachingChatModel.wrap(one).chat("Tell me a joke");
        CachingChatModel.wrap(another).chat("Tell me a joke");

        assertThat(one.requests).hasSize(1);
        assertThat(another.requests).hasSize(1);
    }

    @Test
    void modelsWrappedWithDifferentEndpointsDoNotShareAnswersAndWrappingNeverNests() {
        CountingModels.Counting hosted = new CountingModels.Counting(defaults("llama3", 0.0));
        CountingModels.Counting local = new CountingModels.Counting(defaults("llama3", 0.0));
        CachingChatModel hostedCaching = CachingChatModel.wrap(hosted, "https://models.example.com/v1");

        hostedCaching.chat("Tell me a joke");
        CachingChatModel.wrap(local, "http://localhost:11434/v1").chat("Tell me a joke");
        CachingChatModel.wrap(local).chat("Tell me a joke");
        CachingChatModel rewrapped = CachingChatModel.wrap(hostedCaching, "http://localhost:11434/v1");
        rewrapped.chat("Tell me a joke");

        assertThat(hosted.requests).hasSize(1);
        assertThat(local.requests).as("its own endpoint, then no endpoint: two keys").hasSize(2);
        assertThat(rewrapped.wrapped()).isSameAs(hosted);
        assertThatThrownBy(() -> CachingChatModel.wrap(hosted, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("base URL");
    }

    @Test
    void theWrappedModelGetsTheCallersRequestAndFiresItsListenersOnAMissOnly() {
        List<ChatRequest> heard = new CopyOnWriteArrayList<>();
        ChatModelListener listener = new ChatModelListener() {
            @Override
            public void onRequest(ChatModelRequestContext context) {
                heard.add(context.chatRequest());
            }
        };
        CountingModels.Counting model = new CountingModels.Counting(defaults("llama3", 0.0), listener);
        ChatRequest request = ChatRequest.builder().messages(UserMessage.from("Tell me a joke")).topP(0.5).build();

        CachingChatModel.wrap(model).chat(request);
        CachingChatModel.wrap(model).chat(request);

        // What LangChain4j's own chat() hands doChat: the defaults merged under the request's parameters.
        ChatRequest merged = ChatRequest.builder().messages(UserMessage.from("Tell me a joke"))
                .parameters(defaults("llama3", 0.0).overrideWith(request.parameters())).build();
        assertThat(model.requests).containsExactly(merged);
        assertThat(heard).containsExactly(merged);
    }

    @Test
    void everyOtherMethodIsTheWrappedModels() {
        ChatModelListener listener = new ChatModelListener() {};
        CountingModels.Counting model = new CountingModels.Counting(defaults("llama3", 0.0), listener);
        CachingChatModel caching = CachingChatModel.wrap(model);

        assertThat(caching.wrapped()).isSameAs(model);
        assertThat(caching.provider()).isEqualTo(model.provider());
        assertThat(caching.listeners()).isSameAs(model.listeners());
        assertThat(caching.defaultRequestParameters()).isSameAs(model.defaultRequestParameters());
        assertThat(caching.supportedCapabilities()).isEqualTo(model.supportedCapabilities());
        ChatRequest raw = ChatRequest.builder().messages(UserMessage.from("raw")).build();
        caching.doChat(raw);
        caching.doChat(raw);
        assertThat(model.requests).as("doChat is the provider's raw call: not cached").containsExactly(raw, raw);
    }

    @Test
    void wrapRefusesNullAndNeverWrapsTwice() {
        CachingChatModel once = CachingChatModel.wrap(new CountingModels.Counting(defaults("llama3", 0.0)));

        assertThat(CachingChatModel.wrap(once)).isSameAs(once);
        assertThatThrownBy(() -> CachingChatModel.wrap(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("ChatModel to cache must not be null");
    }

    @Test
    void aStoreThatFailsIsAMissAndTheCallerGetsTheModelsAnswer() {
        CachedCompletions.useStore(new FailingStore());
        CountingModels.Counting model = new CountingModels.Counting(defaults("llama3", 0.0));

        ChatResponse first = CachingChatModel.wrap(model).chat(ChatRequest.builder()
                .messages(UserMessage.from("Tell me a joke")).build());
        ChatResponse second = CachingChatModel.wrap(model).chat(ChatRequest.builder()
                .messages(UserMessage.from("Tell me a joke")).build());

        assertThat(first.aiMessage().text()).isEqualTo("answer 1 by llama3 at 0.0");
        assertThat(second.aiMessage().text()).isEqualTo("answer 2 by llama3 at 0.0");
        assertThat(CachedCompletions.statistics(CachingChatModel.STATISTICS_NAME).errors()).isPositive();
    }

    /** A store that is down: every operation throws. */
    static final class FailingStore implements CompletionStore {
        @Override
        public StoredValue get(CacheKey key) {
            throw new IllegalStateException("store down");
        }

        @Override
        public void put(CacheKey key, StoredValue value, Duration ttl) {
            throw new IllegalStateException("store down");
        }

        @Override
        public void clear() {}

        @Override
        public String describe() {
            return "failing";
        }

        @Override
        public void close() {}
    }
}
