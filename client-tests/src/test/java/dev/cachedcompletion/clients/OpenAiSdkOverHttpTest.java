package dev.cachedcompletion.clients;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official OpenAI Java SDK, over HTTP to the simulated endpoint on loopback, called through a
 * woven {@code @CachedCompletion} method. The endpoint counts the requests that reached it.
 */
class OpenAiSdkOverHttpTest {

    @RegisterExtension
    static final EndpointExtension endpoint = new EndpointExtension();
    private OpenAiAssistant assistant;

    @BeforeEach
    void newAssistant() {
        assistant = Clients.openAi(endpoint.baseUrl());
    }

    static FunctionDefinition weatherTool(String description) {
        return FunctionDefinition.builder()
                .name("get_weather")
                .description(description)
                .parameters(FunctionParameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("city")))
                        .build())
                .build();
    }

    static ChatCompletionCreateParams.Builder joke() {
        return ChatCompletionCreateParams.builder().model("gpt-4o-mini").addUserMessage("Tell me a joke")
                .temperature(0.0);
    }

    @Test
    void twoIdenticalCallsSendOneRequest() {
        ChatCompletion live = assistant.complete(joke().build());
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
        ChatCompletion cached = assistant.complete(joke().build());

        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertThat(cached).isEqualTo(live);
        System.out.println("[client-requests] openai identical x2: " + endpoint.requestCount() + " request");
    }

    @Test
    void eachChangeThatDeterminesTheAnswerSendsANewRequest() {
        Map<String, ChatCompletionCreateParams> variants = Map.of(
                "base", joke().build(),
                "temperature", joke().temperature(0.7).build(),
                "model", joke().model("gpt-4o").build(),
                "tools", joke().addFunctionTool(weatherTool("Current weather in a city")).build(),
                "tool description", joke().addFunctionTool(weatherTool("Weather forecast for a city")).build(),
                "message", ChatCompletionCreateParams.builder().model("gpt-4o-mini")
                        .addUserMessage("Tell me another joke").temperature(0.0).build());

        variants.values().forEach(assistant::complete);
        int afterFirstRound = endpoint.requestCount();
        variants.values().forEach(params -> {
            assistant.complete(params);
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        });

        assertThat(afterFirstRound).isEqualTo(variants.size());
        assertThat(endpoint.requestCount()).isEqualTo(variants.size());
        System.out.println("[client-requests] openai " + variants.size() + " variants x2: "
                + endpoint.requestCount() + " requests");
    }

    @Test
    void fieldsThatDoNotChangeTheAnswerDoNotSplitTheKey() {
        assistant.complete(joke().user("alice").putAdditionalHeader("X-Request-Id", "1").build());
        assistant.complete(joke().user("bob").putAdditionalHeader("X-Request-Id", "2").build());

        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(endpoint.requestCount()).isEqualTo(1);
        System.out.println("[client-requests] openai same request, other user and X-Request-Id header: "
                + endpoint.requestCount() + " request");
    }

    @Test
    void aCompletionReadBackFromSqliteEqualsTheLiveOneFieldByField(@TempDir Path dir) {
        CachedCompletions.useStore("sqlite:" + dir.resolve("completions.db"));
        ChatCompletionCreateParams toolCall = ChatCompletionCreateParams.builder().model("gpt-4o-mini")
                .addUserMessage("Weather in Oslo?").addFunctionTool(weatherTool("Current weather in a city")).build();

        for (ChatCompletionCreateParams params : List.of(joke().build(), toolCall)) {
            ChatCompletion live = assistant.complete(params);
            ChatCompletion cached = assistant.complete(params);

            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
            assertThat(cached).isEqualTo(live);
            assertThat(cached.id()).isEqualTo(live.id()).startsWith("chatcmpl-sim-");
            assertThat(cached.created()).isEqualTo(live.created());
            assertThat(cached.model()).isEqualTo(live.model());
            assertThat(cached.systemFingerprint()).isEqualTo(live.systemFingerprint());
            assertThat(cached.serviceTier()).isEqualTo(live.serviceTier());
            assertThat(cached.usage()).isEqualTo(live.usage());
            assertThat(cached.choices()).hasSameSizeAs(live.choices());
            for (int i = 0; i < live.choices().size(); i++) {
                ChatCompletion.Choice liveChoice = live.choices().get(i);
                ChatCompletion.Choice cachedChoice = cached.choices().get(i);
                assertThat(cachedChoice.finishReason()).isEqualTo(liveChoice.finishReason());
                assertThat(cachedChoice.message().content()).isEqualTo(liveChoice.message().content());
                assertThat(cachedChoice.message().toolCalls()).isEqualTo(liveChoice.message().toolCalls());
                assertThat(cachedChoice.message()._allProperties()).isEqualTo(liveChoice.message()._allProperties());
            }
            assertThat(cached._allProperties()).isEqualTo(live._allProperties());
        }
        assertThat(endpoint.requestCount()).isEqualTo(2);
        assertThat(assistant.complete(toolCall).choices().get(0).message().toolCalls()).hasValueSatisfying(
                calls -> assertThat(calls).singleElement()
                        .satisfies(call -> assertThat(call.asFunction().function().name()).isEqualTo("get_weather")));
    }
}
