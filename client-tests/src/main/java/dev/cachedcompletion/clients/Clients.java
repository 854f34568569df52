package dev.cachedcompletion.clients;

import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import okhttp3.Interceptor;

/** The two real clients, pointed at an OpenAI-compatible base URL (the simulated endpoint, in these tests). */
public final class Clients {

    private Clients() {
    }

    public static LangChainAssistant langChain(String baseUrl) {
        return new LangChainAssistant(OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey("simulated")
                .modelName("gpt-4o-mini")
                .timeout(Duration.ofSeconds(30))
                .maxRetries(0)
                .build());
    }

    /** A streaming assistant; {@code listeners} hear the model's own requests and responses, as LangChain4j reports them. */
    public static LangChainStreamingAssistant langChainStreaming(String baseUrl, ChatModelListener... listeners) {
        return new LangChainStreamingAssistant(OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey("simulated")
                .modelName("gpt-4o-mini")
                .timeout(Duration.ofSeconds(30))
                .listeners(listeners)
                .build());
    }

    /** An assistant on the SDK's OkHttp client; {@code interceptors} see every HTTP exchange, as OkHttp's do. */
    public static OpenAiAssistant openAi(String baseUrl, Interceptor... interceptors) {
        OpenAIOkHttpClient.Builder client = OpenAIOkHttpClient.builder()
                .baseUrl(baseUrl)
                .apiKey("simulated")
                .maxRetries(0);
        for (Interceptor interceptor : interceptors) {
            client.addInterceptor(interceptor);
        }
        return new OpenAiAssistant(client.build());
    }
}
