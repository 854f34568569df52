package dev.cachedcompletion.langchain4j;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.image.Image;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.openai.LogProb;
import dev.langchain4j.model.openai.OpenAiChatResponseMetadata;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChatResponseCodecTest {

    private static FakeOpenAi openAi;
    private final ChatResponseCodec codec = new ChatResponseCodec();

    @BeforeAll
    static void startFakeOpenAi() throws IOException {
        openAi = new FakeOpenAi();
    }

    @AfterAll
    static void stopFakeOpenAi() {
        openAi.close();
    }

    private ChatResponse roundTrip(ChatResponse response) throws IOException {
        return codec.decode(codec.encode(response));
    }

    /** The response as a hit gives it back: the same, minus the record of the HTTP exchange. */
    private static ChatResponse withoutTransport(ChatResponse response) {
        OpenAiChatResponseMetadata metadata = (OpenAiChatResponseMetadata) response.metadata();
        return response.toBuilder()
                .metadata(metadata.toBuilder().rawHttpResponse(null).rawServerSentEvents(null).build())
                .build();
    }

    @Test
    void openAiTextResponseWithUsageDetailsReadsBackEqual() throws IOException {
        ChatResponse original = openAi.chat(OpenAiBodies.TEXT);
        assertThat(original.aiMessage().text()).contains("\u4e16\u754c \ud83c\udf0d", "\n", "\"quoted\"", "\u0000");
        OpenAiChatResponseMetadata metadata = (OpenAiChatResponseMetadata) original.metadata();
        assertThat(metadata.rawHttpResponse()).isNotNull();
        assertThat(metadata.tokenUsage().inputTokensDetails().cachedTokens()).isEqualTo(16);

        ChatResponse decoded = roundTrip(original);

        assertThat(decoded).isEqualTo(withoutTransport(original));
        OpenAiChatResponseMetadata decodedMetadata = (OpenAiChatResponseMetadata) decoded.metadata();
        assertThat(decodedMetadata.created()).isEqualTo(1741569952L);
        assertThat(decodedMetadata.serviceTier()).isEqualTo("default");
        assertThat(decodedMetadata.systemFingerprint()).isEqualTo("fp_06737a9306");
        assertThat(decodedMetadata.tokenUsage().outputTokensDetails().reasoningTokens()).isEqualTo(3);
        assertThat(decodedMetadata.rawHttpResponse()).isNull();
    }

    @Test
    void theRawHttpResponseIsWhyAnOpenAiResponseEqualsOnlyItself() {
        // SuccessfulHttpResponse has no equals: no stored copy can equal OpenAiChatModel's own response.
        ChatResponse original = openAi.chat(OpenAiBodies.TEXT);
        ChatResponse sameAnswerAgain = openAi.chat(OpenAiBodies.TEXT);

        assertThat(sameAnswerAgain).isNotEqualTo(original);
        assertThat(withoutTransport(sameAnswerAgain)).isEqualTo(withoutTransport(original));
    }

    @Test
    void toolCallsKeepTheirIdsNamesAndArguments() throws IOException {
        ChatResponse original = openAi.chat(OpenAiBodies.TOOL_CALLS);
        assertThat(original.aiMessage().toolExecutionRequests()).hasSize(2);

        ChatResponse decoded = roundTrip(original);

        assertThat(decoded).isEqualTo(withoutTransport(original));
        ToolExecutionRequest first = decoded.aiMessage().toolExecutionRequests().get(0);
        assertThat(first.id()).isEqualTo("call_abc123");
        assertThat(first.arguments()).isEqualTo("{\"city\":\"Z\u00fcrich\"}");
        assertThat(decoded.aiMessage().text()).isNull();
        assertThat(decoded.finishReason()).isEqualTo(FinishReason.TOOL_EXECUTION);
    }

    @Test
    void thinkingAndLogProbabilitiesSurvive() throws IOException {
        ChatResponse original = openAi.chat(OpenAiBodies.REASONING_AND_LOGPROBS);
        assertThat(original.aiMessage().thinking()).isNotNull();
        assertThat(((OpenAiChatResponseMetadata) original.metadata()).logProbs()).hasSize(1);

        ChatResponse decoded = roundTrip(original);

        assertThat(decoded).isEqualTo(withoutTransport(original));
        LogProb yes = ((OpenAiChatResponseMetadata) decoded.metadata()).logProbs().get(0);
        assertThat(yes.logprob()).isEqualTo(-0.0000023392);
        assertThat(yes.topLogprobs()).extracting(LogProb::token).containsExactly("Yes", "No");
    }

    @Test
    void logProbabilitiesOutsideJsonNumbersSurvive() throws IOException {
        List<LogProb> logProbs = Arrays.asList(
                LogProb.builder().token("a").logprob(Double.NEGATIVE_INFINITY).bytes(List.of()).build(),
                LogProb.builder().token("b").logprob(Double.NaN).topLogprobs(List.of()).build(),
                LogProb.builder().token("c").logprob(-0.0).build(),
                LogProb.builder().build());
        ChatResponse response = ChatResponse.builder()
                .aiMessage(AiMessage.from("abc"))
                .metadata(OpenAiChatResponseMetadata.builder().logProbs(logProbs).build())
                .build();

        assertThat(roundTrip(response)).isEqualTo(response);
    }

    @Test
    void aMinimalOpenAiResponseKeepsItsAbsentFieldsAbsent() throws IOException {
        ChatResponse original = openAi.chat(OpenAiBodies.MINIMAL);

        ChatResponse decoded = roundTrip(original);

        assertThat(decoded).isEqualTo(withoutTransport(original));
        assertThat(decoded.tokenUsage()).isNull();
        assertThat(decoded.id()).isNull();
        assertThat(((OpenAiChatResponseMetadata) decoded.metadata()).logProbs()).isNull();
    }

    @Test
    void plainResponsesReadBackEqual() throws IOException {
        List<ChatResponse> responses = List.of(
                ChatResponse.builder().aiMessage(AiMessage.from("plain")).build(),
                ChatResponse.builder()
                        .aiMessage(AiMessage.from("with metadata"))
                        .id("id-1")
                        .modelName("llama3")
                        .tokenUsage(new TokenUsage(3, 4, 7))
                        .finishReason(FinishReason.CONTENT_FILTER)
                        .build(),
                // A total that is not the sum, and one that is missing: kept as given, not recomputed.
                ChatResponse.builder().aiMessage(AiMessage.from("x")).tokenUsage(new TokenUsage(3, 4, 99)).build(),
                ChatResponse.builder().aiMessage(AiMessage.from("x")).tokenUsage(new TokenUsage(3, 4, null)).build(),
                ChatResponse.builder().aiMessage(AiMessage.from("x")).tokenUsage(new TokenUsage()).build(),
                ChatResponse.builder().aiMessage(AiMessage.builder().build()).build(),
                ChatResponse.builder().aiMessage(AiMessage.from("")).build(),
                ChatResponse.builder()
                        .aiMessage(AiMessage.builder()
                                .text("text and calls")
                                .thinking("because")
                                .toolExecutionRequests(List.of(
                                        ToolExecutionRequest.builder().name("noId").arguments("{}").build(),
                                        ToolExecutionRequest.builder().id("only-id").build()))
                                .build())
                        .finishReason(FinishReason.OTHER)
                        .build(),
                // An OpenAI usage inside plain metadata, as a user may build it.
                ChatResponse.builder()
                        .aiMessage(AiMessage.from("x"))
                        .tokenUsage(OpenAiTokenUsage.builder().inputTokenCount(1).build())
                        .build());

        for (ChatResponse response : responses) {
            assertThat(roundTrip(response)).as("%s", response).isEqualTo(response);
        }
    }

    @Test
    void unicodeOfEveryWidthSurvives() throws IOException {
        String text = "ASCII, caf\u00e9, \u0416, \u4e2d\u6587, \ud83d\ude00\ud83c\udff3\ufe0f\u200d\ud83c\udf08, \u202e RTL, tab\t, nul\u0000, \uffff,"
                + " unpaired \ud800 and \udc00 surrogates";
        ChatResponse response = ChatResponse.builder()
                .aiMessage(AiMessage.builder().text(text).thinking(text).build())
                .modelName(text)
                .build();

        assertThat(roundTrip(response)).isEqualTo(response);
    }

    @Test
    void openAiUsageWithAndWithoutDetailsAndPlainUsageStayApart() throws IOException {
        List<TokenUsage> usages = List.of(
                new TokenUsage(1, 2, 3),
                OpenAiTokenUsage.builder().inputTokenCount(1).outputTokenCount(2).totalTokenCount(3).build(),
                OpenAiTokenUsage.builder()
                        .inputTokenCount(1)
                        .inputTokensDetails(OpenAiTokenUsage.InputTokensDetails.builder().build())
                        .outputTokensDetails(OpenAiTokenUsage.OutputTokensDetails.builder().reasoningTokens(0).build())
                        .build());

        for (TokenUsage usage : usages) {
            // OpenAiChatResponseMetadata.tokenUsage() shows a plain usage as an OpenAI one; equals does not.
            ChatResponse response = ChatResponse.builder()
                    .aiMessage(AiMessage.from("x"))
                    .metadata(OpenAiChatResponseMetadata.builder().tokenUsage(usage).build())
                    .build();
            assertThat(roundTrip(response)).as("%s", usage).isEqualTo(response);
        }
    }

    @Test
    void attributesKeepTheirValuesAndClasses() throws IOException {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("inner", List.of(1, 2L));
        nested.put("none", null);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("string", "s");
        attributes.put("true", true);
        attributes.put("null", null);
        attributes.put("int", 1);
        attributes.put("long", 1L);
        attributes.put("maxLong", Long.MAX_VALUE);
        attributes.put("float", 0.1f);
        attributes.put("double", 0.1);
        attributes.put("negativeZero", -0.0);
        attributes.put("nan", Double.NaN);
        attributes.put("infinity", Float.NEGATIVE_INFINITY);
        attributes.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        attributes.put("bigDecimal", new BigDecimal("1.50"));
        attributes.put("list", Arrays.asList("a", null, 3));
        attributes.put("map", nested);
        attributes.put(AiMessage.GENERATED_IMAGES_KEY, List.of(
                Image.builder().url(URI.create("https://example.com/a.png")).revisedPrompt("a cat").build(),
                Image.builder().base64Data("iVBORw0KGgo=").mimeType("image/png").build()));
        ChatResponse response = ChatResponse.builder()
                .aiMessage(AiMessage.builder().text("x").attributes(attributes).build())
                .build();

        ChatResponse decoded = roundTrip(response);

        assertThat(decoded).isEqualTo(response);
        assertThat(decoded.aiMessage().attributes().get("long")).isInstanceOf(Long.class);
        assertThat(decoded.aiMessage().attributes().get("float")).isInstanceOf(Float.class);
        assertThat(decoded.aiMessage().images()).hasSize(2);
    }

    @Test
    void whatCannotBeKeptWithoutLossIsRefusedNotStoredWrong() {
        ChatResponse setAttribute = ChatResponse.builder()
                .aiMessage(AiMessage.builder().text("x").attributes(Map.of("tags", Set.of("a"))).build())
                .build();
        ChatResponse subclass = new ChatResponse(ChatResponse.builder().aiMessage(AiMessage.from("x"))) {};
        ChatResponse otherMetadata = ChatResponse.builder()
                .aiMessage(AiMessage.from("x"))
                .metadata(new ChatResponseMetadata(ChatResponseMetadata.builder()) {})
                .build();
        ChatResponse otherUsage = ChatResponse.builder()
                .aiMessage(AiMessage.from("x"))
                .tokenUsage(new TokenUsage(1) {})
                .build();

        assertThatThrownBy(() -> codec.encode(setAttribute))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("'tags'")
                .hasMessageContaining("java.util.ImmutableCollections$Set")
                .hasMessageContaining("not stored");
        assertThatThrownBy(() -> codec.encode(subclass)).isInstanceOf(IOException.class).hasMessageContaining("ChatResponse");
        assertThatThrownBy(() -> codec.encode(otherMetadata)).isInstanceOf(IOException.class).hasMessageContaining("ChatResponseMetadata");
        assertThatThrownBy(() -> codec.encode(otherUsage)).isInstanceOf(IOException.class).hasMessageContaining("TokenUsage");
    }

    @Test
    void decodedListsCannotBeChangedByOneCaller() throws IOException {
        ChatResponse decoded = roundTrip(openAi.chat(OpenAiBodies.REASONING_AND_LOGPROBS));
        List<LogProb> logProbs = ((OpenAiChatResponseMetadata) decoded.metadata()).logProbs();

        assertThatThrownBy(() -> logProbs.add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> logProbs.get(0).bytes().add(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(codec.immutableValues()).isFalse();
    }

    @Test
    void everyTruncationOfAStoredResponseIsRefused() throws IOException {
        byte[] bytes = codec.encode(openAi.chat(OpenAiBodies.REASONING_AND_LOGPROBS));

        for (int length = 0; length < bytes.length; length++) {
            byte[] prefix = Arrays.copyOf(bytes, length);
            assertThatThrownBy(() -> codec.decode(prefix)).as("first %d bytes", length).isInstanceOf(Exception.class);
        }
    }

    @Test
    void foreignAndMalformedBytesAreRefused() throws IOException {
        String valid = new String(codec.encode(ChatResponse.builder().aiMessage(AiMessage.from("x")).build()), UTF_8);
        List<String> foreign = new ArrayList<>(List.of(
                "",
                "null",
                "\"x\"",
                "[]",
                "{}",
                "{\"message\": {\"text\": \"x\"}}",
                "{\"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {}, \"metadata\": {}}",
                "{\"message\": {}, \"metadata\": {\"kind\": \"GEMINI\"}}",
                "{\"message\": {}, \"metadata\": {\"kind\": 0}}",
                "{\"message\": {}, \"metadata\": {\"kind\": \"CORE\", \"finishReason\": \"BORED\"}}",
                "{\"message\": {}, \"metadata\": {\"kind\": \"CORE\", \"created\": 1}}",
                "{\"message\": {}, \"metadata\": {\"kind\": \"CORE\", \"tokenUsage\": {\"inputTokenCount\": 1}}}",
                "{\"message\": {}, \"metadata\": {\"kind\": \"CORE\", \"tokenUsage\": {\"kind\": \"CORE\", \"inputTokenCount\": 1.5}}}",
                "{\"message\": {}, \"metadata\": {\"kind\": \"CORE\", \"tokenUsage\": {\"kind\": \"CORE\", \"inputTokenCount\": \"1\"}}}",
                "{\"message\": {}, \"metadata\": {\"kind\": \"CORE\", \"tokenUsage\": {\"kind\": \"CORE\","
                        + " \"inputTokensDetails\": {\"cachedTokens\": 1}}}}",
                "{\"message\": {\"toolExecutionRequests\": [null]}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"attributes\": {\"a\": 1}}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"attributes\": {\"a\": {\"int\": 1, \"long\": 1}}}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"attributes\": {\"a\": {\"int\": 1.5}}}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"attributes\": {\"a\": {\"int\": 3000000000}}}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"attributes\": {\"a\": {\"class\": \"java.net.URL\"}}}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"attributes\": {\"a\": {\"image\": {\"path\": \"/etc/passwd\"}}}}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"text\": \"x\", \"text\": \"y\"}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"@class\": \"java.lang.Object\"}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"text\": 5}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"text\": true}, \"metadata\": {\"kind\": \"CORE\"}}",
                "{\"message\": {\"extra\": 1}, \"metadata\": {\"kind\": \"CORE\"}}",
                valid + " {}"));

        for (String json : foreign) {
            assertThatThrownBy(() -> codec.decode(json.getBytes(UTF_8))).as(json).isInstanceOf(Exception.class);
        }
        assertThatThrownBy(() -> codec.decode(new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF}))
                .isInstanceOf(IOException.class);
    }

    @Test
    void nameAndVersionOfTheFormat() {
        assertThat(codec.format()).isEqualTo("langchain4j.ChatResponse/1");
    }
}
