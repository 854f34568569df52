package dev.cachedcompletion.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import dev.cachedcompletion.langchain4j.CachingChatModel;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real LangChain4j {@code AiServices} assistant over a real {@code OpenAiChatModel}, over HTTP to
 * the simulated endpoint, cached by nothing but {@code CachingChatModel.wrap(model)}: no annotation
 * and no weaving in this code (this test class is not even compiled with the processor's help). The
 * endpoint counts the requests; its answers depend on the model, messages and temperature.
 */
@Timeout(60)
class LangChain4jAiServicesOverHttpTest {

    private static final String QUESTION = "Tell me a joke";

    @RegisterExtension
    static final EndpointExtension endpoint = new EndpointExtension();
    @TempDir
    Path dir;

    interface Assistant {
        String chat(String question);
    }

    /** The same, with LangChain4j's {@code Result}, which shows the token usage the model reported. */
    interface CountingAssistant {
        Result<String> chat(String question);
    }

    interface PirateAssistant {
        @SystemMessage("You are a pirate.")
        String chat(String question);
    }

    /** A tool the simulated model calls (with placeholder arguments) when it is offered. */
    static final class Weather {
        final AtomicInteger runs = new AtomicInteger();

        @Tool("Current weather in a city")
        String weather(String city) {
            runs.incrementAndGet();
            return "sunny";
        }
    }

    /** A new client, as an application builds one; what it was built with is its default request parameters. */
    private static ChatModel model(String modelName, double temperature) {
        return OpenAiChatModel.builder()
                .baseUrl(endpoint.baseUrl())
                .apiKey("simulated")
                .modelName(modelName)
                .temperature(temperature)
                .timeout(Duration.ofSeconds(30))
                .maxRetries(0)
                .build();
    }

    private static <T> T assistant(Class<T> type, ChatModel model) {
        return AiServices.builder(type).chatModel(CachingChatModel.wrap(model)).build();
    }

    private static CompletionStatistics statistics() {
        return CachedCompletions.statistics(CachingChatModel.STATISTICS_NAME);
    }

    private static void record(String scenario) {
        System.out.println("[client-requests] langchain4j AiServices, " + scenario + ": "
                + endpoint.requestCount() + " request(s)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void anIdenticalQuestionSendsOneRequestAndGetsTheSameAnswer(String store) {
        TestStores.use(store, dir);
        CountingAssistant assistant = assistant(CountingAssistant.class, model("gpt-4o-mini", 0.0));

        Result<String> first = assistant.chat(QUESTION);
        Result<String> second = assistant.chat(QUESTION);

        assertThat(first.content()).startsWith("(simulated gpt-4o-mini)");
        assertThat(second.content()).isEqualTo(first.content());
        assertThat(second.tokenUsage()).isEqualTo(first.tokenUsage());
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(statistics().hits()).isEqualTo(1);
        assertThat(statistics().misses()).isEqualTo(1);
        // What the hit did not spend: the usage the model reported for the stored answer.
        assertThat(statistics().inputTokensSaved())
                .isEqualTo(first.tokenUsage().inputTokenCount().longValue()).isPositive();
        assertThat(statistics().outputTokensSaved())
                .isEqualTo(first.tokenUsage().outputTokenCount().longValue()).isPositive();
        record("identical question x2 (" + store + ")");
    }

    /** The file outlives its store: a new store on it, a new client and a new assistant, as after a restart. */
    @Test
    void anAnswerInTheSqliteFileServesANewAssistantOnANewStore() {
        Path file = TestStores.use("sqlite", dir);
        String first = assistant(Assistant.class, model("gpt-4o-mini", 0.0)).chat(QUESTION);
        CachedCompletions.useStore("sqlite:" + file);

        String afterRestart = assistant(Assistant.class, model("gpt-4o-mini", 0.0)).chat(QUESTION);

        assertThat(afterRestart).isEqualTo(first);
        assertThat(endpoint.requestCount()).isEqualTo(1);
        record("question, then the same on a new SQLite store and client");
    }

    /**
     * AiServices sends no model name or temperature of its own: they are only in what each model was
     * built with. Left out of the key, all these assistants would get the first one's answer.
     */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void modelsBuiltWithAnotherTemperatureOrModelNameSendTheirOwnRequests(String store) {
        TestStores.use(store, dir);

        String cold = assistant(Assistant.class, model("gpt-4o-mini", 0.0)).chat(QUESTION);
        String warm = assistant(Assistant.class, model("gpt-4o-mini", 0.9)).chat(QUESTION);
        String bigger = assistant(Assistant.class, model("gpt-4o", 0.0)).chat(QUESTION);
        String coldAgain = assistant(Assistant.class, model("gpt-4o-mini", 0.0)).chat(QUESTION);

        assertThat(endpoint.requestCount()).isEqualTo(3);
        assertThat(cold).startsWith("(simulated gpt-4o-mini)");
        assertThat(warm).startsWith("(simulated gpt-4o-mini)").isNotEqualTo(cold);
        assertThat(bigger).startsWith("(simulated gpt-4o)");
        assertThat(coldAgain).isEqualTo(cold);
        record("same question to models at temperature 0 / 0.9 / another model / the first again (" + store + ")");
    }

    /**
     * Each change of what the model sees is a new request: another question, a system message, a
     * tool offered. Asked again, nothing is sent; a tool call answered from the cache still runs the
     * tool (AiServices runs it), and the follow-up request with its result is a hit too.
     */
    @Test
    void anotherQuestionSystemMessageOrToolSendsANewRequestAndEachIsCachedOnItsOwn() {
        ChatModel model = model("gpt-4o-mini", 0.0);
        Weather weather = new Weather();
        Assistant plain = assistant(Assistant.class, model);
        PirateAssistant pirate = assistant(PirateAssistant.class, model);
        Assistant withTool = AiServices.builder(Assistant.class)
                .chatModel(CachingChatModel.wrap(model)).tools(weather).build();

        String joke = plain.chat(QUESTION);
        String story = plain.chat("Tell me a story");
        String pirateJoke = pirate.chat(QUESTION);
        assertThat(endpoint.requestCount()).isEqualTo(3);
        String toolAnswer = withTool.chat(QUESTION);
        // The tool call, then the request that carries the tool's result.
        assertThat(endpoint.requestCount()).isEqualTo(5);
        assertThat(weather.runs).hasValue(1);
        assertThat(toolAnswer).contains("sunny");
        assertThat(new String[] {joke, story, pirateJoke, toolAnswer}).doesNotHaveDuplicates();

        assertThat(plain.chat(QUESTION)).isEqualTo(joke);
        assertThat(plain.chat("Tell me a story")).isEqualTo(story);
        assertThat(pirate.chat(QUESTION)).isEqualTo(pirateJoke);
        assertThat(withTool.chat(QUESTION)).isEqualTo(toolAnswer);
        assertThat(endpoint.requestCount()).isEqualTo(5);
        assertThat(weather.runs).hasValue(2);
        assertThat(statistics().hits()).isEqualTo(5);
        record("question / other question / system message / tool (2 requests), then each again");
    }
}
