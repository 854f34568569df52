package dev.cachedcompletion.langchain4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs only in the surefire execution "without-open-ai", whose class path lacks
 * langchain4j-open-ai, as a user's does who depends on langchain4j-core alone. Must not mention
 * an OpenAI class itself.
 */
@EnabledIfSystemProperty(named = "cachedcompletion.test.withoutOpenAi", matches = "true")
class WithoutOpenAiTest {

    @Test
    void langchain4jOpenAiIsReallyAbsent() {
        assertThatThrownBy(() -> Class.forName("dev.langchain4j.model.openai.OpenAiChatModel"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(OpenAiClasses.present()).isFalse();
    }

    @Test
    void theWovenDecoratorCachesWithoutOpenAiOnTheClassPath() {
        dev.cachedcompletion.CachedCompletions.useStore("memory");
        CountingModels.Counting model = new CountingModels.Counting(CountingModels.defaults("llama3", 0.0));

        String first = CachingChatModel.wrap(model).chat("Tell me a joke");
        String second = CachingChatModel.wrap(model).chat("Tell me a joke");

        assertThat(second).isEqualTo(first);
        assertThat(model.requests).hasSize(1);
    }

    @Test
    void requestsWithEveryCoreKindAreKeyed() {
        ChatRequest request = ChatRequest.builder()
                .messages(Requests.messages())
                .parameters(DefaultChatRequestParameters.builder()
                        .modelName("llama3")
                        .temperature(0.0)
                        .toolSpecifications(Requests.weatherTool(), Requests.timeTool())
                        .responseFormat(Requests.jsonAnswer())
                        .build())
                .build();
        ChatRequestKeyEncoder encoder = new ChatRequestKeyEncoder();

        Object tree = encoder.keyTree(request);

        KeyTrees.assertCanonical(tree);
        assertThat(KeyTrees.hasOpaque(tree)).isFalse();
        assertThat(encoder.keyTree(ChatRequest.builder()
                        .messages(Requests.messages("other-1", "other-2"))
                        .parameters(request.parameters())
                        .build()))
                .isEqualTo(tree);
    }

    @Test
    void coreResponsesReadBackEqual() throws IOException {
        ChatResponseCodec codec = new ChatResponseCodec();
        ChatResponse response = ChatResponse.builder()
                .aiMessage(AiMessage.builder()
                        .text("Calling a tool")
                        .toolExecutionRequests(List.of(ToolExecutionRequest.builder()
                                .id("call_1")
                                .name("get_time")
                                .arguments("{}")
                                .build()))
                        .build())
                .id("r-1")
                .modelName("llama3")
                .tokenUsage(new TokenUsage(10, 2))
                .finishReason(FinishReason.TOOL_EXECUTION)
                .build();

        assertThat(codec.decode(codec.encode(response))).isEqualTo(response);
    }

    @Test
    void aStoredOpenAiResponseIsRefusedWithTheReason() {
        byte[] stored = "{\"message\":{\"text\":\"x\"},\"metadata\":{\"kind\":\"OPENAI\",\"created\":1}}".getBytes(UTF_8);

        assertThatThrownBy(() -> new ChatResponseCodec().decode(stored))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("langchain4j-open-ai is not on the class path");
    }
}
