package dev.cachedcompletion.springai;

import dev.cachedcompletion.springai.ResponseJson.GenerationJson;
import dev.cachedcompletion.springai.ResponseJson.MediaJson;
import dev.cachedcompletion.springai.ResponseJson.MessageJson;
import dev.cachedcompletion.springai.ResponseJson.MetadataJson;
import dev.cachedcompletion.springai.ResponseJson.PromptFilterJson;
import dev.cachedcompletion.springai.ResponseJson.RateLimitJson;
import dev.cachedcompletion.springai.ResponseJson.ToolCallJson;
import dev.cachedcompletion.springai.ResponseJson.UsageJson;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.metadata.EmptyRateLimit;
import org.springframework.ai.chat.metadata.EmptyUsage;
import org.springframework.ai.chat.metadata.PromptMetadata;
import org.springframework.ai.chat.metadata.RateLimit;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.content.Media;
import org.springframework.util.MimeType;

/**
 * Builds a {@code ChatResponse} from its {@link ResponseJson}. The JSON comes from a store and is
 * untrusted: a missing part, an unknown kind or a value that does not parse is an
 * {@link IOException}, and no class named in the data is ever loaded. Stateless.
 */
final class ResponseReader {

    private ResponseReader() {}

    static ChatResponse read(ResponseJson json) throws IOException {
        List<Generation> generations = new ArrayList<>();
        for (GenerationJson generation : required(json.generations(), "generations")) {
            generations.add(generation(required(generation, "generation")));
        }
        return new ChatResponse(generations, metadata(required(json.metadata(), "metadata")));
    }

    private static Generation generation(GenerationJson json) throws IOException {
        ChatGenerationMetadata.Builder metadata = ChatGenerationMetadata.builder()
                .finishReason(json.finishReason())
                .contentFilters(new HashSet<>(required(json.contentFilters(), "content filters")));
        metadata.metadata(MetadataValues.readMap(json.metadata()));
        return new Generation(message(required(json.output(), "output")), metadata.build());
    }

    private static AssistantMessage message(MessageJson json) throws IOException {
        List<AssistantMessage.ToolCall> calls = new ArrayList<>();
        for (ToolCallJson call : required(json.toolCalls(), "tool calls")) {
            required(call, "tool call");
            calls.add(new AssistantMessage.ToolCall(call.id(), call.type(), call.name(), call.arguments()));
        }
        List<Media> media = new ArrayList<>();
        for (MediaJson item : required(json.media(), "media")) {
            media.add(media(required(item, "media")));
        }
        return AssistantMessage.builder()
                .content(json.text())
                .properties(MetadataValues.readMap(json.metadata()))
                .toolCalls(calls)
                .media(media)
                .build();
    }

    private static Media media(MediaJson json) throws IOException {
        Media.Builder media = Media.builder().mimeType(mimeType(required(json.mimeType(), "MIME type")))
                .name(required(json.name(), "media name"));
        if (json.id() != null) {
            media.id(json.id());
        }
        if ((json.bytes() == null) == (json.url() == null)) {
            throw new IOException("stored media has not exactly one of bytes and url");
        }
        return (json.bytes() != null ? media.data(json.bytes()) : media.data(json.url())).build();
    }

    private static MimeType mimeType(String text) throws IOException {
        return (MimeType) MetadataValues.parse(() -> MimeType.valueOf(text));
    }

    private static ChatResponseMetadata metadata(MetadataJson json) throws IOException {
        List<PromptMetadata.PromptFilterMetadata> filters = new ArrayList<>();
        for (PromptFilterJson filter : required(json.promptMetadata(), "prompt metadata")) {
            required(filter, "prompt filter");
            if (filter.promptIndex() < 0) {
                throw new IOException("stored prompt index is negative");
            }
            filters.add(PromptMetadata.PromptFilterMetadata.from(filter.promptIndex(),
                    MetadataValues.read(filter.contentFilterMetadata())));
        }
        return ChatResponseMetadata.builder()
                .id(required(json.id(), "id"))
                .model(required(json.model(), "model"))
                .usage(usage(required(json.usage(), "usage")))
                .rateLimit(rateLimit(required(json.rateLimit(), "rate limit")))
                .promptMetadata(PromptMetadata.of(filters))
                .metadata(MetadataValues.readMap(json.map()))
                .build();
    }

    private static Usage usage(UsageJson json) throws IOException {
        switch (required(json.kind(), "usage kind")) {
            case EMPTY:
                return new EmptyUsage();
            case DEFAULT:
                return new DefaultUsage(json.promptTokens(), json.completionTokens(), json.totalTokens(),
                        MetadataValues.read(json.nativeUsage()), json.cacheReadInputTokens(), json.cacheWriteInputTokens());
            default:
                throw new IOException("stored usage has the kind " + json.kind());
        }
    }

    private static RateLimit rateLimit(RateLimitJson json) throws IOException {
        switch (required(json.kind(), "rate limit kind")) {
            case EMPTY:
                return new EmptyRateLimit();
            case OPENAI:
                return OpenAiValues.rateLimit(json.requestsLimit(), json.requestsRemaining(), duration(json.requestsReset()),
                        json.tokensLimit(), json.tokensRemaining(), duration(json.tokensReset()));
            default:
                throw new IOException("stored rate limit has the kind " + json.kind());
        }
    }

    private static Duration duration(String text) throws IOException {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IOException("stored duration does not parse: " + text, e);
        }
    }

    private static <T> T required(T value, String what) throws IOException {
        if (value == null) {
            throw new IOException("stored response has no " + what);
        }
        return value;
    }
}
