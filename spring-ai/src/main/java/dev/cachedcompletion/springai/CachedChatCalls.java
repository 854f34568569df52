package dev.cachedcompletion.springai;

import dev.cachedcompletion.CachedCompletion;
import dev.cachedcompletion.ExcludeFromKey;
import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;

/**
 * The model calls of {@link CachedCompletionAdvisor}, as {@code @CachedCompletion} methods compiled
 * with the processor and woven by ajc in this module's build, so that a {@code ChatClient} call runs
 * through the same engine, stores, modes and statistics as any other cached method, under the
 * stable names {@code spring-ai.ChatClient.call} and {@code spring-ai.ChatClient.stream}.
 *
 * <p>The key is the prompt (see {@link PromptKeyEncoder}) and the three request attributes from which
 * Spring AI's last advisor still changes the prompt after this one: the output format it appends to
 * the user message, the JSON schema of native structured output, and whether that is asked for. The
 * chain and the request are the way to the model, not part of the question, and stay out of it.
 * Stateless and thread-safe.
 */
class CachedChatCalls {

    /** The model's answer to {@code prompt}, from the cache or from the rest of {@code chain}. */
    @CachedCompletion(name = "spring-ai.ChatClient.call")
    ChatResponse call(Prompt prompt, String outputFormat, String outputSchema, boolean nativeStructuredOutput,
            @ExcludeFromKey CallAdvisorChain chain, @ExcludeFromKey ChatClientRequest request) {
        ChatClientResponse response = chain.nextCall(request);
        return response == null ? null : response.chatResponse();
    }

    /** The model's streamed answer to {@code prompt}, replayed from the cache or from the rest of {@code chain}. */
    @CachedCompletion(name = "spring-ai.ChatClient.stream")
    Flux<ChatResponse> stream(Prompt prompt, String outputFormat, String outputSchema, boolean nativeStructuredOutput,
            @ExcludeFromKey StreamAdvisorChain chain, @ExcludeFromKey ChatClientRequest request) {
        // An element without a ChatResponse has nothing to store or replay; Spring AI's own stream never sends one.
        return chain.nextStream(request).filter(response -> response.chatResponse() != null)
                .map(ChatClientResponse::chatResponse);
    }
}
