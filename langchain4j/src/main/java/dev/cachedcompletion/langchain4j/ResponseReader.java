package dev.cachedcompletion.langchain4j;

import dev.cachedcompletion.langchain4j.ResponseJson.Kind;
import dev.cachedcompletion.langchain4j.ResponseJson.Message;
import dev.cachedcompletion.langchain4j.ResponseJson.Metadata;
import dev.cachedcompletion.langchain4j.ResponseJson.ToolCall;
import dev.cachedcompletion.langchain4j.ResponseJson.Usage;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.ChatResponseMetadata;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@code ChatResponse} a {@link ResponseJson} describes, with the same builders
 * LangChain4j's own models use. The JSON comes from a store and is untrusted: a missing part, a
 * part that does not belong to its kind, or an OpenAI kind without langchain4j-open-ai on the
 * class path is an {@link IOException}. Stateless.
 */
final class ResponseReader {

    private ResponseReader() {}

    static ChatResponse read(ResponseJson json) throws IOException {
        Message message = required(json.message(), "message");
        Metadata metadata = required(json.metadata(), "metadata");
        return ChatResponse.builder().aiMessage(message(message)).metadata(metadata(metadata)).build();
    }

    private static AiMessage message(Message message) throws IOException {
        List<ToolExecutionRequest> calls = new ArrayList<>();
        if (message.toolExecutionRequests() != null) {
            for (ToolCall call : message.toolExecutionRequests()) {
                required(call, "tool execution request");
                calls.add(ToolExecutionRequest.builder()
                        .id(call.id())
                        .name(call.name())
                        .arguments(call.arguments())
                        .build());
            }
        }
        return AiMessage.builder()
                .text(message.text())
                .thinking(message.thinking())
                .toolExecutionRequests(calls)
                .attributes(AttributeJson.read(message.attributes()))
                .build();
    }

    private static ChatResponseMetadata metadata(Metadata metadata) throws IOException {
        Kind kind = required(metadata.kind(), "metadata kind");
        if (kind == Kind.OPENAI) {
            requireOpenAi();
            return OpenAiResponseParts.readMetadata(metadata);
        }
        if (metadata.created() != null
                || metadata.serviceTier() != null
                || metadata.systemFingerprint() != null
                || metadata.logProbs() != null) {
            throw new IOException("core metadata carries OpenAI fields");
        }
        return ChatResponseMetadata.builder()
                .id(metadata.id())
                .modelName(metadata.modelName())
                .tokenUsage(usage(metadata.tokenUsage()))
                .finishReason(metadata.finishReason())
                .build();
    }

    /** Also used for the token usage inside OpenAI metadata. */
    static TokenUsage usage(Usage usage) throws IOException {
        if (usage == null) {
            return null;
        }
        Kind kind = required(usage.kind(), "token usage kind");
        if (kind == Kind.OPENAI) {
            requireOpenAi();
            return OpenAiResponseParts.readUsage(usage);
        }
        if (usage.inputTokensDetails() != null || usage.outputTokensDetails() != null) {
            throw new IOException("core token usage carries OpenAI token details");
        }
        // The three-argument constructor: the two-argument one would make up a missing total.
        return new TokenUsage(usage.inputTokenCount(), usage.outputTokenCount(), usage.totalTokenCount());
    }

    private static void requireOpenAi() throws IOException {
        if (!OpenAiClasses.present()) {
            throw new IOException("the stored response holds OpenAI metadata, and langchain4j-open-ai is"
                    + " not on the class path to rebuild it");
        }
    }

    private static <T> T required(T value, String what) throws IOException {
        if (value == null) {
            throw new IOException("stored response has no " + what);
        }
        return value;
    }
}
