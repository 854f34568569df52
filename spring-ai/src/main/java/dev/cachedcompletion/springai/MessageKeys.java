package dev.cachedcompletion.springai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;

/**
 * Key trees of a prompt's messages, in order: each message's type, text and metadata, with the
 * user's and the assistant's media, the assistant's tool calls and the tool responses (ids numbered
 * by {@link ToolCallNumbers}, names and arguments as they are).
 *
 * <p>Metadata is keyed whole: OpenAI sends some of an assistant message's metadata back (reasoning
 * content, tool-call properties) and other providers may send more. An assistant message that came
 * from a live answer carries that answer's id, so a conversation keyed after it only hits when its
 * earlier turns did too (a replayed conversation does). Classes are matched exactly: a subclass or a
 * message of another class may hold what this module cannot see, and is refused (the call runs uncached).
 * Stateless.
 */
final class MessageKeys {

    private MessageKeys() {}

    static List<Object> of(List<Message> messages) {
        ToolCallNumbers ids = new ToolCallNumbers();
        List<Object> trees = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            trees.add(of(messages.get(i), ids, "messages[" + i + "]"));
        }
        return trees;
    }

    private static Map<String, Object> of(Message message, ToolCallNumbers ids, String where) {
        Map<String, Object> tree = new HashMap<>();
        tree.put("type", message.getMessageType().getValue());
        tree.put("text", message.getText());
        tree.put("metadata", PlainKeyValues.of(message.getMetadata(), where + ".metadata"));
        Class<?> type = message.getClass();
        if (type == UserMessage.class) {
            tree.put("media", MediaKeys.of(((UserMessage) message).getMedia()));
        } else if (type == AssistantMessage.class) {
            AssistantMessage assistant = (AssistantMessage) message;
            tree.put("media", MediaKeys.of(assistant.getMedia()));
            tree.put("toolCalls", toolCalls(assistant.getToolCalls(), ids));
        } else if (type == ToolResponseMessage.class) {
            tree.put("responses", toolResponses(((ToolResponseMessage) message).getResponses(), ids));
        } else if (type != SystemMessage.class) {
            throw new IllegalArgumentException("the Spring AI key encoder does not know the message class "
                    + type.getName() + " (at " + where + "), so the call runs uncached");
        }
        return tree;
    }

    private static List<Object> toolCalls(List<AssistantMessage.ToolCall> calls, ToolCallNumbers ids) {
        List<Object> trees = new ArrayList<>(calls.size());
        for (AssistantMessage.ToolCall call : calls) {
            trees.add(Trees.of("id", ids.of(call.id()), "type", call.type(), "name", call.name(),
                    "arguments", call.arguments()));
        }
        return trees;
    }

    private static List<Object> toolResponses(List<ToolResponseMessage.ToolResponse> responses, ToolCallNumbers ids) {
        List<Object> trees = new ArrayList<>(responses.size());
        for (ToolResponseMessage.ToolResponse response : responses) {
            trees.add(Trees.of("id", ids.of(response.id()), "name", response.name(),
                    "responseData", response.responseData()));
        }
        return trees;
    }
}
