package dev.cachedcompletion.openai;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces the tool-call ids in a conversation by their order of first appearance: {@code "#0"},
 * {@code "#1"}, and so on. The ids are random strings the API minted for an earlier answer
 * ({@code call_...}); two runs of one conversation carry different ids, and with the ids in the key
 * every replay of it would be a miss (LangChain's cache keys drifted in the same way once message
 * ids entered them, langchain issue #33883). Numbering keeps what the ids mean: which tool result
 * answers which call, since one id always gets one number.
 *
 * <p>Rewritten in place: an assistant message's {@code tool_calls[].id} and a tool message's
 * {@code tool_call_id}, wherever a string stands there. Stateless and thread-safe.
 */
final class ToolCallIds {

    private ToolCallIds() {
    }

    /** Renumbers the ids in {@code messages}, the tree of the request's {@code messages} array. */
    static void renumber(Object messages) {
        if (!(messages instanceof List)) {
            return;
        }
        Map<String, String> numbers = new HashMap<>();
        for (Object message : (List<?>) messages) {
            if (!(message instanceof Map)) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) message;
            Object calls = fields.get("tool_calls");
            if (calls instanceof List) {
                for (Object call : (List<?>) calls) {
                    if (call instanceof Map) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> callFields = (Map<String, Object>) call;
                        replace(callFields, "id", numbers);
                    }
                }
            }
            replace(fields, "tool_call_id", numbers);
        }
    }

    private static void replace(Map<String, Object> fields, String name, Map<String, String> numbers) {
        Object id = fields.get(name);
        if (id instanceof String) {
            fields.put(name, numbers.computeIfAbsent((String) id, unused -> "#" + numbers.size()));
        }
    }
}
