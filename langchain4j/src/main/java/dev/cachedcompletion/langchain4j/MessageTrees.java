package dev.cachedcompletion.langchain4j;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.CustomMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Key trees of the messages of a request, in order. Each message keeps its kind and what a
 * provider may send of it; tool-call ids are numbered by {@link ToolCallIds}. Attributes of user
 * messages and tool results are left out: LangChain4j documents that they are never sent to the
 * model (they are for chat memory). Classes are matched exactly; a subclass or an unknown kind of
 * message is keyed {@linkplain ValueTrees#opaque opaquely}. Stateless.
 */
final class MessageTrees {

    private MessageTrees() {}

    static List<Object> of(List<ChatMessage> messages, ToolCallIds ids) {
        List<Object> trees = new ArrayList<>(messages.size());
        for (ChatMessage message : messages) {
            trees.add(of(message, ids));
        }
        return trees;
    }

    private static Object of(ChatMessage message, ToolCallIds ids) {
        Class<?> type = message.getClass();
        if (type == SystemMessage.class) {
            Map<String, Object> tree = Trees.ofType("system");
            tree.put("text", ((SystemMessage) message).text());
            return tree;
        }
        if (type == UserMessage.class) {
            UserMessage user = (UserMessage) message;
            Map<String, Object> tree = Trees.ofType("user");
            tree.put("name", user.name());
            tree.put("contents", ContentTrees.of(user.contents()));
            return tree;
        }
        if (type == AiMessage.class) {
            return ai((AiMessage) message, ids);
        }
        if (type == ToolExecutionResultMessage.class) {
            return toolResult((ToolExecutionResultMessage) message, ids);
        }
        if (type == CustomMessage.class) {
            Map<String, Object> tree = Trees.ofType("custom");
            tree.put("attributes", ValueTrees.of(((CustomMessage) message).attributes()));
            return tree;
        }
        return ValueTrees.opaque(message);
    }

    private static Map<String, Object> ai(AiMessage ai, ToolCallIds ids) {
        Map<String, Object> tree = Trees.ofType("ai");
        tree.put("text", ai.text());
        // Several providers send thinking back (OpenAiChatModel with sendThinking, Anthropic,
        // DeepSeek) and the encoder cannot see the model's settings: keeping it costs at most a miss.
        tree.put("thinking", ai.thinking());
        List<Object> calls = new ArrayList<>(ai.toolExecutionRequests().size());
        for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
            Map<String, Object> callTree = Trees.ofType("toolCall");
            callTree.put("id", ids.number(call.id()));
            callTree.put("name", call.name());
            callTree.put("arguments", call.arguments());
            calls.add(callTree);
        }
        tree.put("toolExecutionRequests", calls);
        // Provider-specific state (a thinking signature, say) that some providers send back.
        tree.put("attributes", ValueTrees.of(ai.attributes()));
        return tree;
    }

    private static Map<String, Object> toolResult(ToolExecutionResultMessage result, ToolCallIds ids) {
        Map<String, Object> tree = Trees.ofType("toolResult");
        tree.put("id", ids.number(result.id()));
        tree.put("toolName", result.toolName());
        tree.put("contents", ContentTrees.of(result.contents()));
        tree.put("isError", result.isError());
        return tree;
    }
}
