package dev.cachedcompletion.clients;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

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

    public static OpenAiAssistant openAi(String baseUrl) {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl(baseUrl)
                .apiKey("simulated")
                .maxRetries(0)
                .build();
        return new OpenAiAssistant(client);
    }
}
