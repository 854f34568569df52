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
 * Turns a {@code ChatResponse} into its {@link ResponseJson}. Classes are matched exactly: a
 * subclass this module does not know (another provider's metadata, say) would be read back as its
 * parent and no longer be {@code equals} to what the method returned, so it is refused with an
 * {@link IOException} and the response is not stored. Stateless.
 */
final class ResponseWriter {

    private ResponseWriter() {}

    static ResponseJson write(ChatResponse response) throws IOException {
        if (response.getClass() != ChatResponse.class) {
            throw unknown("ChatResponse", response);
        }
        return new ResponseJson(message(response.aiMessage()), metadata(response.metadata()));
    }

    private static Message message(AiMessage message) throws IOException {
        if (message.getClass() != AiMessage.class) {
            throw unknown("AiMessage", message);
        }
        List<ToolCall> calls = new ArrayList<>(message.toolExecutionRequests().size());
        for (ToolExecutionRequest call : message.toolExecutionRequests()) {
            calls.add(new ToolCall(call.id(), call.name(), call.arguments()));
        }
        return new Message(message.text(), message.thinking(), calls, AttributeJson.write(message.attributes()));
    }

    private static Metadata metadata(ChatResponseMetadata metadata) throws IOException {
        if (metadata.getClass() == ChatResponseMetadata.class) {
            return new Metadata(
                    Kind.CORE,
                    metadata.id(),
                    metadata.modelName(),
                    metadata.finishReason(),
                    usage(metadata.tokenUsage()),
                    null,
                    null,
                    null,
                    null);
        }
        if (OpenAiClasses.isExactly(metadata, OpenAiClasses.CHAT_RESPONSE_METADATA)) {
            return OpenAiResponseParts.metadata(metadata);
        }
        throw unknown("ChatResponseMetadata", metadata);
    }

    /** Also used for the token usage inside OpenAI metadata. */
    static Usage usage(TokenUsage usage) throws IOException {
        if (usage == null) {
            return null;
        }
        if (usage.getClass() == TokenUsage.class) {
            return new Usage(
                    Kind.CORE, usage.inputTokenCount(), usage.outputTokenCount(), usage.totalTokenCount(), null, null);
        }
        if (OpenAiClasses.isExactly(usage, OpenAiClasses.TOKEN_USAGE)) {
            return OpenAiResponseParts.usage(usage);
        }
        throw unknown("TokenUsage", usage);
    }

    private static IOException unknown(String expected, Object value) {
        return new IOException(ChatResponseCodec.FORMAT + " cannot store a " + value.getClass().getName()
                + " without loss: it knows " + expected + " itself and the OpenAI subclasses of"
                + " langchain4j-open-ai. The response is not stored; return a plain " + expected
                + " from the cached method, or ask for support of this class.");
    }
}
