package dev.cachedcompletion.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.converter.ListOutputConverter;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.function.FunctionToolCallback;

/**
 * A real {@code ChatClient} over Spring AI's real {@code OpenAiChatModel}, over HTTP to the simulated
 * endpoint, with {@link CachedCompletionAdvisor}: the endpoint counts the requests that reached it.
 */
class ChatClientCallTest {

    @RegisterExtension
    static final SimulatedOpenAi openAi = new SimulatedOpenAi();

    record City(String city) {}

    static ToolCallback weather(String description) {
        Function<City, String> lookup = city -> "sunny in " + city.city();
        return FunctionToolCallback.builder("get_weather", lookup).description(description).inputType(City.class).build();
    }

    @Test
    void identicalPromptsSendOneRequest() {
        ChatClient client = openAi.cachedClient();

        ChatResponse live = client.prompt().user("Tell me a joke").call().chatResponse();
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
        ChatResponse cached = client.prompt().user("Tell me a joke").call().chatResponse();

        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(openAi.requests()).isEqualTo(1);
        assertThat(cached.getResult().getOutput().getText()).isNotBlank().isEqualTo(live.getResult().getOutput().getText());
        assertThat(cached.getResults()).isEqualTo(live.getResults());
        assertThat(cached.getMetadata().getId()).isEqualTo(live.getMetadata().getId());
        assertThat(cached.getMetadata().getUsage()).isEqualTo(live.getMetadata().getUsage());
        CompletionStatistics statistics = CachedCompletions.statistics("spring-ai.ChatClient.call");
        assertThat(statistics.hits()).isEqualTo(1);
        assertThat(statistics.misses()).isEqualTo(1);
        // The codec's usage, counted for the hit: the tokens the second call did not spend.
        assertThat(statistics.inputTokensSaved()).isPositive().isEqualTo(live.getMetadata().getUsage().getPromptTokens().longValue());
        assertThat(statistics.outputTokensSaved()).isPositive().isEqualTo(live.getMetadata().getUsage().getCompletionTokens().longValue());
        System.out.println("[spring-ai-requests] identical x2: " + openAi.requests() + " request");
    }

    @Test
    void eachChangeTheModelSeesSendsANewRequest() {
        ChatClient client = openAi.cachedClient();
        Map<String, Function<ChatClient, String>> variants = new LinkedHashMap<>();
        variants.put("base", c -> c.prompt().user("Tell me a joke").call().content());
        variants.put("temperature", c -> c.prompt().user("Tell me a joke")
                .options(OpenAiChatOptions.builder().temperature(0.7)).call().content());
        variants.put("model", c -> c.prompt().user("Tell me a joke")
                .options(OpenAiChatOptions.builder().model("gpt-4o")).call().content());
        variants.put("tool", c -> c.prompt().user("Tell me a joke")
                .toolCallbacks(weather("Current weather in a city")).call().content());
        variants.put("tool description", c -> c.prompt().user("Tell me a joke")
                .toolCallbacks(weather("Weather forecast for a city")).call().content());
        variants.put("message", c -> c.prompt().user("Tell me another joke").call().content());
        variants.put("system message", c -> c.prompt().system("Be brief").user("Tell me a joke").call().content());

        Map<String, String> first = new LinkedHashMap<>();
        variants.forEach((name, call) -> {
            int before = openAi.requests();
            first.put(name, call.apply(client));
            assertThat(openAi.requests()).as(name + " is a new question").isGreaterThan(before);
            System.out.println("[spring-ai-requests] " + name + " (new): " + (openAi.requests() - before) + " request(s)");
        });
        int afterFirstRound = openAi.requests();
        variants.forEach((name, call) -> assertThat(call.apply(client)).as(name + " again").isEqualTo(first.get(name)));

        assertThat(openAi.requests()).as("the second round is answered from the cache").isEqualTo(afterFirstRound);
    }

    @Test
    void theModelsOwnDefaultsAreInTheKey() {
        // Two clients over two models that differ only in the temperature they were built with: the
        // prompt the advisor sees starts from the model's options, so they must not share an entry.
        ChatClient cold = openAi.cachedClient();
        ChatClient warm = ChatClient.builder(openAi.model(openAi.options().temperature(0.9)))
                .defaultAdvisors(new CachedCompletionAdvisor()).build();

        cold.prompt().user("Tell me a joke").call().content();
        warm.prompt().user("Tell me a joke").call().content();
        assertThat(openAi.requests()).isEqualTo(2);

        warm.prompt().user("Tell me a joke").call().content();
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(openAi.requests()).isEqualTo(2);
    }

    @Test
    void anOutputFormatAddedAfterTheAdvisorIsInTheKey() {
        // ChatModelCallAdvisor appends the converter's format instructions after this advisor has run;
        // the attribute that drives it is part of the key, so .content() and .entity(...) do not share.
        ChatClient client = openAi.cachedClient();

        String text = client.prompt().user("Tell me a joke").call().content();
        List<String> items = client.prompt().user("Tell me a joke").call().entity(new ListOutputConverter());
        List<String> itemsAgain = client.prompt().user("Tell me a joke").call().entity(new ListOutputConverter());

        assertThat(openAi.requests()).isEqualTo(2);
        assertThat(itemsAgain).isEqualTo(items);
        assertThat(String.join(", ", items)).isNotEqualTo(text);
    }

    @Test
    void theToolLoopIsCachedRoundTripByRoundTrip() {
        ChatClient client = openAi.cachedClient();
        AtomicInteger toolRuns = new AtomicInteger();
        Function<City, String> lookup = city -> {
            toolRuns.incrementAndGet();
            return "sunny in " + city.city();
        };
        ToolCallback counted = FunctionToolCallback.builder("get_weather", lookup).description("Weather")
                .inputType(City.class).build();

        String live = client.prompt().user("What is the weather in Paris?").toolCallbacks(counted).call().content();
        int requests = openAi.requests();
        String cached = client.prompt().user("What is the weather in Paris?").toolCallbacks(counted).call().content();

        assertThat(requests).as("a tool call, then the answer with its result").isEqualTo(2);
        assertThat(live).contains("sunny in");
        assertThat(cached).isEqualTo(live);
        assertThat(openAi.requests()).isEqualTo(2);
        assertThat(toolRuns).as("the cache stands in for model calls; the tool runs each time").hasValue(2);
        System.out.println("[spring-ai-requests] tool loop x2: " + openAi.requests() + " requests");
    }
}
