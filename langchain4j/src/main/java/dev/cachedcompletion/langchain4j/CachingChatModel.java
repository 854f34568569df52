package dev.cachedcompletion.langchain4j;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.ExcludeFromKey;
import dev.cachedcompletion.KeyPart;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link ChatModel} that answers from the cache when it can and asks the wrapped model otherwise,
 * so that everything built on a {@code ChatModel} is cached without weaving or annotations in the
 * application, LangChain4j's {@code AiServices} first:
 *
 * <pre>{@code
 * Assistant assistant = AiServices.builder(Assistant.class)
 *         .chatModel(CachingChatModel.wrap(openAiChatModel))
 *         .build();
 * }</pre>
 *
 * <p>Every call of {@link #chat(ChatRequest)} (and of the {@code chat} overloads that build a
 * request from a string or messages) is one cached call, named {@value #STATISTICS_NAME} in the
 * statistics, through the store, mode and single-flight configured for the JVM. Its key is:
 * <ul>
 *   <li>the request as the wrapped model would send it: its messages and its parameters with the
 *       model's {@linkplain ChatModel#defaultRequestParameters() default parameters} (the model name,
 *       temperature, tools... it was built with) merged under them, exactly as
 *       {@code ChatModel.chat} merges them, keyed by {@link ChatRequestKeyEncoder};</li>
 *   <li>the wrapped model's class and {@linkplain ChatModel#provider() provider}, so that two
 *       clients given the same parameters keep their answers apart.</li>
 * </ul>
 * Not in the key, because no {@code ChatModel} exposes it: where the model's client sends the
 * request (its base URL) and with which credentials. Two models of one class and parameters that
 * differ only there would share answers: wrap them with {@link #wrap(ChatModel, String)}, naming the
 * endpoint.
 *
 * <p>On a miss the wrapped model receives the very request and options the caller passed (it merges
 * its defaults itself, fires its listeners, and its exceptions reach the caller unchanged); on a hit
 * it is not called at all, so its {@linkplain ChatModel#listeners() listeners} hear nothing. The
 * response comes back as {@link ChatResponseCodec} stores it: equal to the first one, but without the
 * raw HTTP response of a call that did not happen. A cache failure (store down, corrupt entry,
 * anything the cache throws) is a miss, never a failed call.
 *
 * <p>{@link #defaultRequestParameters()}, {@link #listeners()}, {@link #provider()},
 * {@link #supportedCapabilities()} and {@link #doChat(ChatRequest)} (which is the provider's raw
 * call and so is not cached) are the wrapped model's. Thread-safe if the wrapped model is.
 */
public final class CachingChatModel implements ChatModel {

    /** The name of every call of this decorator in {@code CachedCompletions.statistics()}. */
    public static final String STATISTICS_NAME = "langchain4j.ChatModel.chat";

    private final ChatModel model;
    /** Read by the generated key code: the wrapped model's class and provider. */
    @KeyPart
    final String modelIdentity;
    /** Read by the generated key code: what {@link #wrap(ChatModel, String)} was told, or {@code null}. */
    @KeyPart
    final String endpoint;

    private CachingChatModel(ChatModel model, String endpoint) {
        this.model = model;
        this.modelIdentity = EffectiveRequests.modelIdentity(model, model.provider());
        this.endpoint = endpoint;
    }

    /**
     * A caching view of {@code model}. A model that is already a {@code CachingChatModel} is
     * returned as it is, so that no call is cached twice.
     *
     * @throws NullPointerException if {@code model} is {@code null}
     */
    public static CachingChatModel wrap(ChatModel model) {
        Objects.requireNonNull(model, "model: the ChatModel to cache must not be null");
        return model instanceof CachingChatModel caching ? caching : new CachingChatModel(model, null);
    }

    /**
     * A caching view of {@code model} whose keys also hold {@code endpoint}: where the model's client
     * sends its requests (its base URL, say), which no {@code ChatModel} exposes. Use it when two
     * models of one class, built with the same parameters, talk to different servers (a hosted model
     * and a local one of the same name), so that they keep their answers apart. Not a credential:
     * keys are kept in the store. Wrapping never nests: a {@code CachingChatModel} given here is
     * unwrapped first, and the result is keyed by this {@code endpoint}.
     *
     * @throws NullPointerException if {@code model} or {@code endpoint} is {@code null}
     */
    public static CachingChatModel wrap(ChatModel model, String endpoint) {
        Objects.requireNonNull(model, "model: the ChatModel to cache must not be null");
        Objects.requireNonNull(endpoint, "endpoint: say where the model's requests go, e.g. its base URL");
        ChatModel wrapped = model instanceof CachingChatModel caching ? caching.model : model;
        return new CachingChatModel(wrapped, endpoint);
    }

    /** The model this one asks on a miss. */
    public ChatModel wrapped() {
        return model;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return chat(request, ChatRequestOptions.EMPTY);
    }

    /** {@inheritDoc} The options (listener attributes) go to the wrapped model on a miss and are not in the key. */
    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        ChatRequest effective;
        try {
            effective = EffectiveRequests.withDefaults(model.defaultRequestParameters(), request);
        } catch (RuntimeException unmergeable) {
            // The wrapped model's own chat() makes the same merge first and will fail the same way:
            // let it, so the caller sees exactly the model's behaviour and no cache is involved.
            return model.chat(request, options);
        }
        return cachedChat(effective, request, options);
    }

    /** The one cached call: keyed by the effective request, answered by the wrapped model from the original one. */
    @CachedCompletion(name = STATISTICS_NAME)
    ChatResponse cachedChat(ChatRequest effective, @ExcludeFromKey ChatRequest request,
            @ExcludeFromKey ChatRequestOptions options) {
        return model.chat(request, options);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return model.doChat(request);
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
        return "CachingChatModel[" + model + (endpoint == null ? "" : " at " + endpoint) + "]";
    }
}
