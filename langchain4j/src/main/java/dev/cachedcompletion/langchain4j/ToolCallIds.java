package dev.cachedcompletion.langchain4j;

import java.util.HashMap;
import java.util.Map;

/**
 * Replaces the tool-call ids of one request by their order of first appearance: {@code "#0"},
 * {@code "#1"}, ... The provider makes up a new id for every call it answers, so a key holding the
 * raw ids would miss on every conversation that ever used a tool; numbering them keeps which
 * result answers which call, which does change the answer. One instance per key, not thread-safe.
 */
final class ToolCallIds {

    private final Map<String, String> numbers = new HashMap<>();

    /** The number of {@code id}, or {@code null} for a call or result that has no id. */
    String number(String id) {
        if (id == null) {
            return null;
        }
        String number = numbers.get(id);
        if (number == null) {
            number = "#" + numbers.size();
            numbers.put(id, number);
        }
        return number;
    }
}
