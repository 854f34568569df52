package dev.cachedcompletion.clients;

import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.CachedCompletions;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;

/**
 * Run in a new JVM by the tests: makes one call through the named client ({@code langchain4j} or
 * {@code openai}) against the base URL given, under whatever {@code -Dcachedcompletion.store} the
 * test passes, then prints {@code outcome=<HIT|MISS|...>} and {@code response=<toString of the
 * whole response>} so the test can compare what two processes got (all of it but LangChain4j's raw
 * HTTP response, which a hit does not have).
 */
public final class SecondJvmCaller {

    /** The one request both JVMs send. */
    static final String QUESTION = "Tell me a joke";

    private SecondJvmCaller() {
    }

    public static void main(String[] args) {
        String client = args[0];
        String baseUrl = args[1];
        Object response = client.equals("openai")
                ? Clients.openAi(baseUrl).complete(ChatCompletionCreateParams.builder()
                        .model("gpt-4o-mini").addUserMessage(QUESTION).temperature(0.0).build())
                : Clients.langChain(baseUrl).chat(ChatRequest.builder()
                        .messages(UserMessage.from(QUESTION)).modelName("gpt-4o-mini").temperature(0.0).build());
        System.out.println("outcome=" + CachedCompletions.lastOutcome());
        // LangChain4j's live response carries the raw HTTP response, an object without equals or a
        // stable toString; a hit makes no HTTP exchange and carries none. Everything else is compared.
        System.out.println("response=" + response.toString()
                .replaceAll("rawHttpResponse=[^,]*, ", "rawHttpResponse=<not compared>, "));
        System.exit(0); // the OpenAI SDK's OkHttp threads would keep the JVM alive for a minute
    }
}
