package dev.cachedcompletion.springai;

import dev.cachedcompletion.springai.ResponseJson.GenerationJson;
import dev.cachedcompletion.springai.ResponseJson.Kind;
import dev.cachedcompletion.springai.ResponseJson.MediaJson;
import dev.cachedcompletion.springai.ResponseJson.MessageJson;
import dev.cachedcompletion.springai.ResponseJson.MetadataJson;
import dev.cachedcompletion.springai.ResponseJson.PromptFilterJson;
import dev.cachedcompletion.springai.ResponseJson.RateLimitJson;
import dev.cachedcompletion.springai.ResponseJson.ToolCallJson;
import dev.cachedcompletion.springai.ResponseJson.UsageJson;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultChatGenerationMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.metadata.EmptyRateLimit;
import org.springframework.ai.chat.metadata.EmptyUsage;
import org.springframework.ai.chat.metadata.PromptMetadata;
import org.springframework.ai.chat.metadata.RateLimit;
import org.springframework.ai.chat.metadata.Usage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.content.Media;

/**
 * Turns a {@code ChatResponse} into its {@link ResponseJson}, or throws an {@link IOException} when
 * that would lose something: a subclass of a Spring AI class, a usage, rate limit or generation
 * metadata of a class this module does not know, a metadata value {@link MetadataValues} cannot keep.
 * Stateless.
 */
final class ResponseWriter {

    /** By name, so that spring-ai-openai need not be on the class path. */
    static final String OPENAI_RATE_LIMIT = "org.springframework.ai.openai.metadata.OpenAiRateLimit";

    private ResponseWriter() {}

    static ResponseJson write(ChatResponse response) throws IOException {
        exactly(response, ChatResponse.class);
        List<GenerationJson> generations = new ArrayList<>();
        for (Generation generation : response.getResults()) {
            exactly(generation, Generation.class);
            generations.add(generation(generation));
        }
        return new ResponseJson(generations, metadata(response.getMetadata()));
    }

    private static GenerationJson generation(Generation generation) throws IOException {
        ChatGenerationMetadata metadata = generation.getMetadata();
        exactly(metadata, DefaultChatGenerationMetadata.class);
        return new GenerationJson(
                message(generation.getOutput()),
                metadata.getFinishReason(),
                new ArrayList<>(metadata.getContentFilters()),
                MetadataValues.writeMap(mapOf(metadata), "generation metadata"));
    }

    private static Map<String, Object> mapOf(ChatGenerationMetadata metadata) {
        Map<String, Object> map = new LinkedHashMap<>();
        metadata.entrySet().forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    private static MessageJson message(AssistantMessage message) throws IOException {
        exactly(message, AssistantMessage.class);
        List<ToolCallJson> calls = new ArrayList<>();
        for (AssistantMessage.ToolCall call : message.getToolCalls()) {
            calls.add(new ToolCallJson(call.id(), call.type(), call.name(), call.arguments()));
        }
        List<MediaJson> media = new ArrayList<>();
        for (Media item : message.getMedia()) {
            media.add(media(item));
        }
        return new MessageJson(message.getText(), calls, media,
                MetadataValues.writeMap(message.getMetadata(), "message metadata"));
    }

    private static MediaJson media(Media media) throws IOException {
        exactly(media, Media.class);
        Object data = media.getData();
        if (data instanceof byte[] bytes) {
            return new MediaJson(media.getMimeType().toString(), media.getId(), media.getName(), bytes, null);
        }
        if (data instanceof String url) {
            return new MediaJson(media.getMimeType().toString(), media.getId(), media.getName(), null, url);
        }
        throw new IOException("cannot store media data of type " + data.getClass().getName());
    }

    private static MetadataJson metadata(ChatResponseMetadata metadata) throws IOException {
        exactly(metadata, ChatResponseMetadata.class);
        List<PromptFilterJson> filters = new ArrayList<>();
        for (PromptMetadata.PromptFilterMetadata filter : metadata.getPromptMetadata()) {
            filters.add(new PromptFilterJson(filter.getPromptIndex(),
                    MetadataValues.write(filter.getContentFilterMetadata(), "prompt filter metadata")));
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (var entry : metadata.entrySet()) {
            map.put(entry.getKey(), entry.getValue());
        }
        return new MetadataJson(metadata.getId(), metadata.getModel(), usage(metadata.getUsage()),
                rateLimit(metadata.getRateLimit()), filters, MetadataValues.writeMap(map, "response metadata"));
    }

    private static UsageJson usage(Usage usage) throws IOException {
        if (usage.getClass() == EmptyUsage.class) {
            return new UsageJson(Kind.EMPTY, null, null, null, null, null, null);
        }
        exactly(usage, DefaultUsage.class);
        return new UsageJson(Kind.DEFAULT, usage.getPromptTokens(), usage.getCompletionTokens(), usage.getTotalTokens(),
                usage.getCacheReadInputTokens(), usage.getCacheWriteInputTokens(),
                MetadataValues.write(usage.getNativeUsage(), "native usage"));
    }

    private static RateLimitJson rateLimit(RateLimit limit) throws IOException {
        if (limit.getClass() == EmptyRateLimit.class) {
            return new RateLimitJson(Kind.EMPTY, null, null, null, null, null, null);
        }
        if (!limit.getClass().getName().equals(OPENAI_RATE_LIMIT)) {
            throw new IOException("cannot store a rate limit of class " + limit.getClass().getName());
        }
        return new RateLimitJson(Kind.OPENAI, limit.getRequestsLimit(), limit.getRequestsRemaining(),
                iso(limit.getRequestsReset()), limit.getTokensLimit(), limit.getTokensRemaining(),
                iso(limit.getTokensReset()));
    }

    private static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    /** Refuses a subclass, whose added state this codec would drop. */
    private static void exactly(Object value, Class<?> expected) throws IOException {
        if (value.getClass() != expected) {
            throw new IOException("cannot store a " + value.getClass().getName() + " as a " + expected.getName()
                    + ": its own state would be lost");
        }
    }
}
