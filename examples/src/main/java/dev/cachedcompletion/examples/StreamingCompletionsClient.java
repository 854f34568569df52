package dev.cachedcompletion.examples;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.CachedCompletion;

/**
 * A streamed answer with the OpenAI Java SDK: the first call streams the chunks from the model as
 * they come (and records them); once the stream was read to its end, the next call with the same
 * request replays the same chunks without a request.
 */
public class StreamingCompletionsClient {

    private final OpenAIClient client;

    public StreamingCompletionsClient(OpenAIClient client) {
        this.client = client;
    }

    @CachedCompletion(version = 1, ttl = "7d")
    public StreamResponse<ChatCompletionChunk> stream(ChatCompletionCreateParams params) {
        return client.chat().completions().createStreaming(params);
    }
}
