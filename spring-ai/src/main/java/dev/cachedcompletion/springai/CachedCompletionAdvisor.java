package dev.cachedcompletion.springai;

import java.util.Map;
import org.springframework.ai.chat.client.ChatClientAttributes;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisor;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.core.Ordered;
import reactor.core.publisher.Flux;

/**
 * An exact-match cache for Spring AI's {@code ChatClient}, calls and streams:
 * {@code ChatClient.builder(chatModel).defaultAdvisors(new CachedCompletionAdvisor())}. Each model
 * call goes through the same engine, store, mode and statistics as {@code @CachedCompletion} methods
 * (under the names {@code spring-ai.ChatClient.call} and {@code spring-ai.ChatClient.stream}); the
 * store is chosen as for them, with {@code cachedcompletion.store} or
 * {@code CachedCompletions.useStore}.
 *
 * <p>The key is everything the model sees: the prompt's messages and options (which, since Spring AI
 * 2.0, start from the chat model's own options, so the model name and settings it was built with are
 * in it) and the output-format attributes that Spring AI's model-call advisor still applies after
 * this one. See {@link PromptKeyEncoder}.
 *
 * <p>Its order is {@link #DEFAULT_ORDER}, just before the model call, so that memory, RAG and other
 * advisors have changed the prompt before the key is taken, and a tool-calling advisor's loop sends
 * each round trip (with the tool results in its messages) through the cache on its own.
 *
 * <p>A hit answers with the stored {@code ChatResponse} and the request's context; a stream hit
 * replays the stored chunks. Any failure of the cache (a store that is down, a prompt it cannot key,
 * an answer it cannot store) is a miss: the call goes on to the model. Exceptions from the model
 * reach the caller unchanged. Thread-safe; one instance may serve any number of clients.
 */
public final class CachedCompletionAdvisor implements CallAdvisor, StreamAdvisor {

    /** {@code Ordered.LOWEST_PRECEDENCE - 1}: after every advisor but the model call itself. */
    public static final int DEFAULT_ORDER = Ordered.LOWEST_PRECEDENCE - 1;

    private final CachedChatCalls calls = new CachedChatCalls();
    private final int order;

    /** An advisor at {@link #DEFAULT_ORDER}. */
    public CachedCompletionAdvisor() {
        this(DEFAULT_ORDER);
    }

    /**
     * An advisor at {@code order}. An advisor ordered after it that changes the prompt would change it
     * after the key was taken: keep this one last.
     */
    public CachedCompletionAdvisor(int order) {
        this.order = order;
    }

    @Override
    public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
        Map<String, Object> context = request.context();
        ChatResponse response = calls.call(request.prompt(), outputFormat(context), outputSchema(context),
                nativeStructuredOutput(context), chain, request);
        return ChatClientResponse.builder().chatResponse(response).context(Map.copyOf(context)).build();
    }

    @Override
    public Flux<ChatClientResponse> adviseStream(ChatClientRequest request, StreamAdvisorChain chain) {
        Map<String, Object> context = request.context();
        return calls.stream(request.prompt(), outputFormat(context), outputSchema(context),
                        nativeStructuredOutput(context), chain, request)
                .map(response -> ChatClientResponse.builder().chatResponse(response).context(Map.copyOf(context)).build());
    }

    private static String outputFormat(Map<String, Object> context) {
        return text(context, ChatClientAttributes.OUTPUT_FORMAT);
    }

    private static String outputSchema(Map<String, Object> context) {
        return text(context, ChatClientAttributes.STRUCTURED_OUTPUT_SCHEMA);
    }

    /** Spring AI asks only whether the key is present. */
    private static boolean nativeStructuredOutput(Map<String, Object> context) {
        return context.containsKey(ChatClientAttributes.STRUCTURED_OUTPUT_NATIVE.getKey());
    }

    /** Spring AI casts these attributes to String; another type would fail there first. */
    private static String text(Map<String, Object> context, ChatClientAttributes attribute) {
        Object value = context.get(attribute.getKey());
        return value == null ? null : value.toString();
    }

    @Override
    public String getName() {
        return "CachedCompletionAdvisor";
    }

    @Override
    public int getOrder() {
        return order;
    }
}
