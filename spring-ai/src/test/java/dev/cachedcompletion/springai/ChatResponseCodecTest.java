package dev.cachedcompletion.springai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.completions.CompletionUsage;
import dev.cachedcompletion.spi.TokenUsage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.metadata.EmptyRateLimit;
import org.springframework.ai.chat.metadata.EmptyUsage;
import org.springframework.ai.chat.metadata.PromptMetadata;
import org.springframework.ai.chat.metadata.RateLimit;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.content.Media;
import org.springframework.ai.openai.metadata.OpenAiRateLimit;
import org.springframework.util.MimeTypeUtils;

/** {@link ChatResponseCodec}: what it keeps, what it reports as usage, and what it refuses. */
class ChatResponseCodecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ChatResponseCodec codec = new ChatResponseCodec();

    private ChatResponse roundTrip(ChatResponse response) throws IOException {
        return codec.decode(codec.encode(response));
    }

    private static Map<String, Object> everyKindOfValue() {
        Map<String, Object> values = new HashMap<>();
        values.put("string", "chatcmpl-1");
        values.put("int", 3);
        values.put("long", 3L);
        values.put("double", 0.1);
        values.put("notANumber", Double.NaN);
        values.put("float", 1.5f);
        values.put("decimal", new BigDecimal("1.50"));
        values.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        values.put("boolean", true);
        values.put("null", null);
        values.put("list", List.of(1, "a", false, List.of()));
        values.put("map", Map.of("nested", Map.of("deeper", 2L)));
        values.put("streamedFinishReason", ChatCompletion.Choice.FinishReason.Value.STOP);
        return values;
    }

    private static ChatResponse full() {
        AssistantMessage toolCalling = AssistantMessage.builder().content("")
                .toolCalls(List.of(new AssistantMessage.ToolCall("call_1", "function", "get_weather", "{\"city\":\"Paris\"}"),
                        new AssistantMessage.ToolCall("call_2", "function", "get_time", "{}")))
                .properties(everyKindOfValue()).build();
        ChatGenerationMetadata finished = ChatGenerationMetadata.builder().finishReason("TOOL_CALLS")
                .contentFilters(Set.of("hate", "violence")).metadata(everyKindOfValue()).build();
        Generation plain = new Generation(new AssistantMessage("Why did the cache hit? It had seen it before."));
        CompletionUsage nativeUsage = CompletionUsage.builder().promptTokens(10).completionTokens(5).totalTokens(15).build();
        ChatResponseMetadata metadata = ChatResponseMetadata.builder()
                .id("chatcmpl-1").model("gpt-4o-mini-2024-07-18")
                .usage(new DefaultUsage(10, 5, 15, nativeUsage, 3L, null))
                .rateLimit(new OpenAiRateLimit(100L, 99L, Duration.ofSeconds(6), 1000L, 990L, Duration.ofMillis(250)))
                .promptMetadata(PromptMetadata.of(PromptMetadata.PromptFilterMetadata.from(0, Map.of("hate", "safe"))))
                .keyValue("created", 1_700_000_000L)
                .keyValue("system_fingerprint", "fp_1")
                .build();
        return new ChatResponse(List.of(new Generation(toolCalling, finished), plain), metadata);
    }

    @Test
    void aResponseReadsBackWithEverythingSpringAiCompares() throws IOException {
        ChatResponse original = full();
        ChatResponse copy = roundTrip(original);

        assertThat(copy.getResults()).isEqualTo(original.getResults());
        ChatResponseMetadata metadata = copy.getMetadata();
        assertThat(metadata.getId()).isEqualTo("chatcmpl-1");
        assertThat(metadata.getModel()).isEqualTo("gpt-4o-mini-2024-07-18");
        assertThat(metadata.getUsage()).isEqualTo(original.getMetadata().getUsage());
        assertThat(metadata.getUsage().getNativeUsage()).isInstanceOf(CompletionUsage.class);
        RateLimit limit = metadata.getRateLimit();
        assertThat(limit).isInstanceOf(OpenAiRateLimit.class);
        assertThat(List.of(limit.getRequestsLimit(), limit.getRequestsRemaining(), limit.getTokensLimit(), limit.getTokensRemaining()))
                .containsExactly(100L, 99L, 1000L, 990L);
        assertThat(List.of(limit.getRequestsReset(), limit.getTokensReset()))
                .containsExactly(Duration.ofSeconds(6), Duration.ofMillis(250));
        List<PromptMetadata.PromptFilterMetadata> filters = new ArrayList<>();
        metadata.getPromptMetadata().forEach(filters::add);
        assertThat(filters).singleElement().satisfies(filter -> {
            assertThat(filter.getPromptIndex()).isZero();
            assertThat((Object) filter.getContentFilterMetadata()).isEqualTo(Map.of("hate", "safe"));
        });
        assertThat(metadata.entrySet()).isEqualTo(original.getMetadata().entrySet());
        assertThat(JSON.readTree(codec.encode(copy))).as("a copy writes the same JSON").isEqualTo(JSON.readTree(codec.encode(original)));
    }

    @Test
    void emptyUsageAndRateLimitReadBackAsTheirKinds() throws IOException {
        ChatResponse chunk = new ChatResponse(List.of(new Generation(new AssistantMessage("Hel"))));

        ChatResponse copy = roundTrip(chunk);

        assertThat(copy.getResults()).isEqualTo(chunk.getResults());
        assertThat(copy.getMetadata().getUsage()).isInstanceOf(EmptyUsage.class);
        assertThat(copy.getMetadata().getRateLimit()).isInstanceOf(EmptyRateLimit.class);
        assertThat(copy.getMetadata().getId()).isEmpty();
    }

    @Test
    void mediaKeepsItsTypeIdNameAndData() throws IOException {
        byte[] audio = "RIFF....WAVE".getBytes(StandardCharsets.US_ASCII);
        AssistantMessage spoken = AssistantMessage.builder().content("Hello")
                .media(List.of(Media.builder().mimeType(MimeTypeUtils.parseMimeType("audio/wav")).data(audio).id("audio_1").build(),
                        Media.builder().mimeType(MimeTypeUtils.IMAGE_PNG).data("https://example.invalid/a.png").name("a.png").build()))
                .build();

        List<Media> media = roundTrip(new ChatResponse(List.of(new Generation(spoken)))).getResult().getOutput().getMedia();

        assertThat(media).hasSize(2);
        assertThat(media.get(0).getMimeType().toString()).isEqualTo("audio/wav");
        assertThat(media.get(0).getDataAsByteArray()).isEqualTo(audio);
        assertThat(media.get(0).getId()).isEqualTo("audio_1");
        assertThat(media.get(0).getName()).isEqualTo(spoken.getMedia().get(0).getName());
        assertThat(media.get(1).getData()).isEqualTo("https://example.invalid/a.png");
        assertThat(media.get(1).getName()).isEqualTo("a.png");
        assertThat(media.get(1).getId()).isNull();
    }

    @Test
    void usageIsTheModelAndTheTokenCountsWhenTheResponseReportsThem() {
        assertThat(codec.usage(full())).isEqualTo(new TokenUsage("gpt-4o-mini-2024-07-18", 10, 5));
        assertThat(codec.usage(new ChatResponse(List.of()))).as("EmptyUsage, as most streamed chunks have").isNull();
        ChatResponse zero = new ChatResponse(List.of(), ChatResponseMetadata.builder().usage(new DefaultUsage(0, 0)).build());
        assertThat(codec.usage(zero)).isNull();
        ChatResponse noModel = new ChatResponse(List.of(), ChatResponseMetadata.builder().usage(new DefaultUsage(7, 0)).build());
        assertThat(codec.usage(noModel)).isEqualTo(new TokenUsage(null, 7, 0));
    }

    @Test
    void whatWouldBeLostIsNotStored() {
        Map<String, Object> opaque = Map.of("trace", new Object());
        ChatResponse opaqueMetadata = new ChatResponse(List.of(new Generation(AssistantMessage.builder().content("hi")
                .properties(opaque).build())));
        assertThatThrownBy(() -> codec.encode(opaqueMetadata)).isInstanceOf(IOException.class).hasMessageContaining("java.lang.Object");

        RateLimit custom = new EmptyRateLimit() {};
        ChatResponse customLimit = new ChatResponse(List.of(), ChatResponseMetadata.builder().rateLimit(custom).build());
        assertThatThrownBy(() -> codec.encode(customLimit)).isInstanceOf(IOException.class).hasMessageContaining("rate limit");

        ChatResponse subclass = new ChatResponse(List.of()) {};
        assertThatThrownBy(() -> codec.encode(subclass)).isInstanceOf(IOException.class);
    }

    @Test
    void malformedBytesAreRefused() throws IOException {
        String good = new String(codec.encode(full()), StandardCharsets.UTF_8);
        List<String> malformed = List.of(
                "",
                "null",
                "not json",
                good.substring(0, good.length() / 2),
                good + " {}",
                "{}",
                "{\"generations\":[],\"metadata\":{\"id\":\"x\",\"model\":\"m\",\"usage\":{\"kind\":\"EMPTY\"},"
                        + "\"rateLimit\":{\"kind\":\"EMPTY\"},\"promptMetadata\":[],\"map\":{},\"extra\":1}}",
                good.replace("\"int\":3", "\"int\":\"3\""),
                good.replace("\"string\":\"chatcmpl-1\"", "\"java.lang.ProcessBuilder\":\"chatcmpl-1\""),
                good.replace("\"kind\":\"OPENAI\"", "\"kind\":\"org.springframework.ai.openai.metadata.OpenAiRateLimit\""),
                good.replace("\"long\":3", "\"long\":3.5"),
                good.replace("\"double\":\"0.1\"", "\"double\":\"zero point one\""));
        for (String bytes : malformed) {
            assertThat(bytes).as("the fixture must differ from the good bytes").isNotEqualTo(good);
            assertThatThrownBy(() -> codec.decode(bytes.getBytes(StandardCharsets.UTF_8)))
                    .as(bytes.length() > 80 ? bytes.substring(0, 80) : bytes).isInstanceOf(Exception.class);
        }
        assertThat(codec.decode(good.getBytes(StandardCharsets.UTF_8)).getResults()).isEqualTo(full().getResults());
    }
}
