package dev.cachedcompletion.examples;

import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.CachedCompletion;

/**
 * The same idea with the official OpenAI Java SDK: the whole {@link ChatCompletionCreateParams} is
 * the key (cached-completion-openai's key encoder reads the request body the SDK would send) and the
 * whole {@link ChatCompletion} is the value.
 */
public class CompletionsClient {

    private final OpenAIClient client;

    public CompletionsClient(OpenAIClient client) {
        this.client = client;
    }

    @CachedCompletion(version = 1, ttl = "7d")
    public ChatCompletion complete(ChatCompletionCreateParams params) {
        return client.chat().completions().create(params);
    }
}
