package dev.cachedcompletion.langchain4j;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.ExcludeFromKey;
import dev.cachedcompletion.KeyPart;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link StreamingChatModel} that replays a cached answer when it can and streams from the wrapped
 * model otherwise, so that a streaming {@code AiServices} assistant (a {@code TokenStream} method,
 * say) is cached without weaving or annotations in the application:
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .streamingChatModel(CachingStreamingChatModel.wrap(openAiStreamingChatModel))
 *         .build();
 * }</pre>
 *
 * <p>Every call of {@link #chat(ChatRequest, StreamingChatResponseHandler)} (and of the overloads
 * that build a request from a string or messages) is one cached call, named
 * {@value #STATISTICS_NAME} in the statistics, keyed as {@link CachingChatModel}'s calls are: the
 * request with the wrapped model's default parameters merged in, plus the wrapped model's class and
 * provider (not its base URL or credentials, which no model exposes; {@link #wrap(StreamingChatModel, String)}
 * adds the base URL or any text that tells two servers apart). The handler is where the
 * answer goes, not part of the key.
 *
 * <p>On a miss the wrapped model streams the caller's own request and options, and the handler
 * receives each callback as it arrives while the cache records it; the answer is stored only when
 * the stream completed. On a hit, or when joining an identical stream still in flight, the handler
 * receives the recorded partial responses, thinking, tool-call pieces and complete tool calls, then
 * the complete response, through the same callbacks (see {@link StreamingChatResponseHandlerAdapter});
 * the wrapped model is not called and its listeners hear nothing. A handler may be called on
 * another thread than the caller's. A cache failure is a miss, never a failed stream.
 *
 * <p>{@link #defaultRequestParameters()}, {@link #listeners()}, {@link #provider()},
 * {@link #supportedCapabilities()} and {@link #doChat} (the provider's raw call, not cached) are the
 * wrapped model's. Thread-safe if the wrapped model is.
 */
public final class CachingStreamingChatModel implements StreamingChatModel {

    /** The name of every call of this decorator in {@code CachedCompletions.statistics()}. */
    public static final String STATISTICS_NAME = "langchain4j.StreamingChatModel.chat";

    private final StreamingChatModel model;
    /** Read by the generated key code: the wrapped model's class and provider. */
    @KeyPart
    final String modelIdentity;
    /** Read by the generated key code: what {@link #wrap(StreamingChatModel, String)} was told, or {@code null}. */
    @KeyPart
    final String endpoint;

    private CachingStreamingChatModel(StreamingChatModel model, String endpoint) {
        this.model = model;
        this.modelIdentity = EffectiveRequests.modelIdentity(model, model.provider());
        this.endpoint = endpoint;
    }

    /**
     * A caching view of {@code model}. A model that is already a {@code CachingStreamingChatModel} is
     * returned as it is, so that no call is cached twice.
     *
     * @throws NullPointerException if {@code model} is {@code null}
     */
    public static CachingStreamingChatModel wrap(StreamingChatModel model) {
        Objects.requireNonNull(model, "model: the StreamingChatModel to cache must not be null");
        return model instanceof CachingStreamingChatModel caching
                ? caching
                : new CachingStreamingChatModel(model, null);
    }

    /**
     * A caching view of {@code model} whose keys also hold {@code endpoint}: where the model's client
     * sends its requests (its base URL, say), which no {@code StreamingChatModel} exposes. Use it when two
     * models of one class, built with the same parameters, talk to different servers (a hosted model
     * and a local one of the same name), so that they keep their answers apart. Not a credential:
     * keys are kept in the store. Wrapping never nests: a {@code CachingStreamingChatModel} given here is
     * unwrapped first, and the result is keyed by this {@code endpoint}.
     *
     * @throws NullPointerException if {@code model} or {@code endpoint} is {@code null}
     */
    public static CachingStreamingChatModel wrap(StreamingChatModel model, String endpoint) {
        Objects.requireNonNull(model, "model: the StreamingChatModel to cache must not be null");
        Objects.requireNonNull(endpoint, "endpoint: say where the model's requests go, e.g. its base URL");
        StreamingChatModel wrapped = model instanceof CachingStreamingChatModel caching ? caching.model : model;
        return new CachingStreamingChatModel(wrapped, endpoint);
    }

    /** The model this one asks on a miss. */
    public StreamingChatModel wrapped() {
        return model;
    }

    @Override
    public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
        chat(request, ChatRequestOptions.EMPTY, handler);
    }

    /** {@inheritDoc} The options (listener attributes) go to the wrapped model on a miss and are not in the key. */
    @Override
    public void chat(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
        ChatRequest effective;
        try {
            effective = EffectiveRequests.withDefaults(model.defaultRequestParameters(), request);
        } catch (RuntimeException unmergeable) {
            // The wrapped model's own chat() makes the same merge first and will fail the same way.
            model.chat(request, options, handler);
            return;
        }
        cachedChat(effective, request, options, handler);
    }

    /** The one cached call: keyed by the effective request, streamed by the wrapped model from the original one. */
    @CachedCompletion(name = STATISTICS_NAME)
    void cachedChat(ChatRequest effective, @ExcludeFromKey ChatRequest request,
            @ExcludeFromKey ChatRequestOptions options, StreamingChatResponseHandler handler) {
        model.chat(request, options, handler);
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        model.doChat(request, handler);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return model.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return model.listeners();
    }

    @Override
    public ModelProvider provider() {
        return model.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return model.supportedCapabilities();
    }

    @Override
    public String toString() {
        return "CachingStreamingChatModel[" + model + (endpoint == null ? "" : " at " + endpoint) + "]";
    }
}
