package dev.cachedcompletion.langchain4j;

import static dev.cachedcompletion.langchain4j.CountingModels.defaults;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CachedCompletions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link CachingStreamingChatModel} as woven in this module's own build, over an in-process streaming model. */
class CachingStreamingChatModelTest {

    @BeforeEach
    void freshCache() {
        CachedCompletions.useStore("memory");
        CachedCompletions.resetStatistics();
    }

    /** Notes partials and the complete response's text, in order. */
    static final class Transcript implements StreamingChatResponseHandler {
        final List<String> callbacks = new CopyOnWriteArrayList<>();
        final CompletableFuture<ChatResponse> done = new CompletableFuture<>();

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            callbacks.add(partial.text());
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            callbacks.add("complete: " + response.aiMessage().text());
            done.complete(response);
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }

        List<String> await() throws Exception {
            done.get(10, TimeUnit.SECONDS);
            return callbacks;
        }
    }

    private static List<String> stream(StreamingChatModel model, String question) throws Exception {
        Transcript transcript = new Transcript();
        model.chat(question, transcript);
        return transcript.await();
    }

    @Test
    void anIdenticalStreamIsReplayedWithTheSamePartials() throws Exception {
        CountingModels.CountingStreaming model = new CountingModels.CountingStreaming(defaults("llama3", 0.0));
        StreamingChatModel caching = CachingStreamingChatModel.wrap(model);

        List<String> live = stream(caching, "Tell me a joke");
        List<String> replayed = stream(caching, "Tell me a joke");

        assertThat(replayed).isEqualTo(live).hasSize(7).last().isEqualTo("complete: answer 1 by llama3 at 0.0");
        assertThat(model.requests).hasSize(1);
        assertThat(CachedCompletions.statistics(CachingStreamingChatModel.STATISTICS_NAME).misses()).isEqualTo(1);
    }

    @Test
    void modelsThatDifferOnlyInTheirDefaultParametersDoNotShareStreams() throws Exception {
        List<String> cold = stream(CachingStreamingChatModel.wrap(
                new CountingModels.CountingStreaming(defaults("llama3", 0.0))), "Tell me a joke");
        List<String> warm = stream(CachingStreamingChatModel.wrap(
                new CountingModels.CountingStreaming(defaults("llama3", 0.9))), "Tell me a joke");

        assertThat(cold).last().isEqualTo("complete: answer 1 by llama3 at 0.0");
        assertThat(warm).last().isEqualTo("complete: answer 1 by llama3 at 0.9");
    }

    @Test
    void everyOtherMethodIsTheWrappedModelsAndWrapRefusesNullAndNeverWrapsTwice() {
        CountingModels.CountingStreaming model = new CountingModels.CountingStreaming(defaults("llama3", 0.0));
        CachingStreamingChatModel caching = CachingStreamingChatModel.wrap(model);

        assertThat(caching.wrapped()).isSameAs(model);
        assertThat(CachingStreamingChatModel.wrap(caching)).isSameAs(caching);
        assertThat(caching.provider()).isEqualTo(model.provider());
        assertThat(caching.listeners()).isEqualTo(model.listeners());
        assertThat(caching.defaultRequestParameters()).isSameAs(model.defaultRequestParameters());
        assertThat(caching.supportedCapabilities()).isEqualTo(model.supportedCapabilities());
        ChatRequest raw = ChatRequest.builder().messages(dev.langchain4j.data.message.UserMessage.from("raw")).build();
        caching.doChat(raw, new Transcript());
        assertThat(model.requests).containsExactly(raw);
        assertThatThrownBy(() -> CachingStreamingChatModel.wrap(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("StreamingChatModel to cache must not be null");
    }
}
