package dev.cachedcompletion.clients;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.CachedCompletion;

/**
 * An OpenAI Java SDK service as a user writes it: keyed by the whole
 * {@link ChatCompletionCreateParams} (through cached-completion-openai's key encoder) and cached as
 * the whole {@link ChatCompletion} (through its codec), or, streamed, as the list of its
 * {@link ChatCompletionChunk}s (through its stream adapter and chunk codec).
 */
public class OpenAiAssistant {

    private final OpenAIClient client;

    public OpenAiAssistant(OpenAIClient client) {
        this.client = client;
    }

    @CachedCompletion(name = "client-tests.openai.complete")
    public ChatCompletion complete(ChatCompletionCreateParams params) {
        return client.chat().completions().create(params);
    }

    @CachedCompletion(name = "client-tests.openai.stream")
    public StreamResponse<ChatCompletionChunk> stream(ChatCompletionCreateParams params) {
        return client.chat().completions().createStreaming(params);
    }
}
