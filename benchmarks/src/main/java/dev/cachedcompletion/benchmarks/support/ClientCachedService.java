package dev.cachedcompletion.benchmarks.support;

import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.CachedCompletion;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two client libraries' calls, cached by cached-completion: compiled with the processor, which
 * finds cached-completion-langchain4j's and cached-completion-openai's key encoders and codecs on
 * the compile class path, and woven by ajc like any user's class. Each body returns the same
 * prebuilt response (a model would be called there) and counts its runs, so that each benchmark
 * can check that its hits were hits.
 */
public class ClientCachedService {

    private final AtomicLong chatRuns = new AtomicLong();
    private final AtomicLong completeRuns = new AtomicLong();

    @CachedCompletion
    public ChatResponse chat(ChatRequest request) {
        chatRuns.incrementAndGet();
        return ClientFixtures.CHAT_RESPONSE;
    }

    @CachedCompletion
    public ChatCompletion complete(ChatCompletionCreateParams params) {
        completeRuns.incrementAndGet();
        return ClientFixtures.CHAT_COMPLETION;
    }

    /** How many times the body of {@link #chat} ran (each a miss). */
    public long chatRuns() {
        return chatRuns.get();
    }

    /** How many times the body of {@link #complete} ran (each a miss). */
    public long completeRuns() {
        return completeRuns.get();
    }
}
