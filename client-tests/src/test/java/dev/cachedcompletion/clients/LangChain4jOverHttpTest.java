package dev.cachedcompletion.clients;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * LangChain4j's real {@code OpenAiChatModel}, over HTTP to the simulated endpoint on loopback, called
 * through a woven {@code @CachedCompletion} method. The endpoint counts the requests that reached it.
 */
class LangChain4jOverHttpTest {

    @RegisterExtension
    static final EndpointExtension endpoint = new EndpointExtension();
    private LangChainAssistant assistant;

    @BeforeEach
    void newAssistant() {
        assistant = Clients.langChain(endpoint.baseUrl());
    }

    static ToolSpecification weatherTool(String description) {
        return ToolSpecification.builder()
                .name("get_weather")
                .description(description)
                .parameters(JsonObjectSchema.builder().addStringProperty("city").required("city").build())
                .build();
    }

    static ChatRequest.Builder joke() {
        return ChatRequest.builder().messages(UserMessage.from("Tell me a joke")).modelName("gpt-4o-mini")
                .temperature(0.0);
    }

    @Test
    void twoIdenticalCallsSendOneRequest() {
        ChatResponse live = assistant.chat(joke().build());
        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
        ChatResponse cached = assistant.chat(joke().build());

        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(endpoint.requestCount()).isEqualTo(1);
        assertEqualButForTheHttpExchange(cached, live);
        System.out.println("[client-requests] langchain4j identical x2: " + endpoint.requestCount() + " request");
    }

    @Test
    void eachChangeThatDeterminesTheAnswerSendsANewRequest() {
        Map<String, ChatRequest> variants = Map.of(
                "base", joke().build(),
                "temperature", joke().temperature(0.7).build(),
                "model", joke().modelName("gpt-4o").build(),
                "tools", joke().toolSpecifications(weatherTool("Current weather in a city")).build(),
                "tool description", joke().toolSpecifications(weatherTool("Weather forecast for a city")).build(),
                "message", joke().messages(UserMessage.from("Tell me another joke")).build());

        variants.values().forEach(assistant::chat);
        int afterFirstRound = endpoint.requestCount();
        variants.values().forEach(request -> {
            assistant.chat(request);
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        });

        assertThat(afterFirstRound).isEqualTo(variants.size());
        assertThat(endpoint.requestCount()).isEqualTo(variants.size());
        System.out.println("[client-requests] langchain4j " + variants.size() + " variants x2: "
                + endpoint.requestCount() + " requests");
    }

    /**
     * Every field of the two responses is equal, compared one by one, except the raw HTTP response
     * LangChain4j attaches to a live answer: a hit makes no HTTP exchange, so it has none (null).
     * ({@code ChatResponse.equals} cannot be used on a live response: {@code SuccessfulHttpResponse}
     * has no {@code equals}, so a live response equals only itself, not even an identical second one.)
     */
    static void assertEqualButForTheHttpExchange(ChatResponse cached, ChatResponse live) {
        assertThat(((OpenAiChatResponseMetadata) live.metadata()).rawHttpResponse()).isNotNull();
        assertThat(((OpenAiChatResponseMetadata) cached.metadata()).rawHttpResponse()).isNull();
        assertThat(cached).usingRecursiveComparison()
                .ignoringFields("metadata.rawHttpResponse")
                .isEqualTo(live);
    }

    @Test
    void aConversationWhoseToolCallIdsDifferIsTheSameRequest() {
        assistant.chat(afterToolCall("call_abc"));
        assistant.chat(afterToolCall("call_xyz"));

        assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        assertThat(endpoint.requestCount()).isEqualTo(1);
        System.out.println("[client-requests] langchain4j one conversation with two sets of tool-call ids: "
                + endpoint.requestCount() + " request");
    }

    private static ChatRequest afterToolCall(String toolCallId) {
        ToolExecutionRequest call = ToolExecutionRequest.builder()
                .id(toolCallId).name("get_weather").arguments("{\"city\":\"Oslo\"}").build();
        return ChatRequest.builder()
                .messages(UserMessage.from("Weather in Oslo?"), AiMessage.from(List.of(call)),
                        ToolExecutionResultMessage.from(call, "4 °C, light snow"))
                .toolSpecifications(weatherTool("Current weather in a city"))
                .modelName("gpt-4o-mini")
                .build();
    }

    @Test
    void aResponseReadBackFromSqliteEqualsTheLiveOneFieldByField(@TempDir Path dir) {
        CachedCompletions.useStore("sqlite:" + dir.resolve("completions.db"));
        ChatRequest toolCall = ChatRequest.builder().messages(UserMessage.from("Weather in Oslo?"))
                .toolSpecifications(weatherTool("Current weather in a city")).modelName("gpt-4o-mini").build();

        for (ChatRequest request : List.of(joke().build(), toolCall)) {
            ChatResponse live = assistant.chat(request);
            ChatResponse cached = assistant.chat(request);

            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
            assertThat(cached).isNotSameAs(live);
            assertEqualButForTheHttpExchange(cached, live);
            assertThat(cached.aiMessage().text()).isEqualTo(live.aiMessage().text());
            assertThat(cached.aiMessage().toolExecutionRequests()).isEqualTo(live.aiMessage().toolExecutionRequests());
            assertThat(cached.id()).isEqualTo(live.id()).startsWith("chatcmpl-sim-");
            assertThat(cached.modelName()).isEqualTo(live.modelName());
            assertThat(cached.finishReason()).isEqualTo(live.finishReason());
            assertThat(cached.tokenUsage()).isEqualTo(live.tokenUsage());
            assertThat(cached.tokenUsage().totalTokenCount()).isEqualTo(live.tokenUsage().totalTokenCount()).isPositive();
            OpenAiChatResponseMetadata liveMeta = (OpenAiChatResponseMetadata) live.metadata();
            OpenAiChatResponseMetadata cachedMeta = (OpenAiChatResponseMetadata) cached.metadata();
            assertThat(cachedMeta.created()).isEqualTo(liveMeta.created());
            assertThat(cachedMeta.systemFingerprint()).isEqualTo(liveMeta.systemFingerprint());
            assertThat(cachedMeta.serviceTier()).isEqualTo(liveMeta.serviceTier());
        }
        assertThat(endpoint.requestCount()).isEqualTo(2);
        ChatResponse toolAnswer = assistant.chat(toolCall);
        assertThat(toolAnswer.aiMessage().toolExecutionRequests()).singleElement()
                .satisfies(call -> assertThat(call.name()).isEqualTo("get_weather"));
    }
}
