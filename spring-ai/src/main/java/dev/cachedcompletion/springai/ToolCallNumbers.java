package dev.cachedcompletion.springai;

import java.util.HashMap;
import java.util.Map;

/**
 * Stands for the tool-call ids of one prompt by their order of first appearance ({@code "#0"},
 * {@code "#1"}, ...). A provider makes up a new id for every tool call it answers, so raw ids would
 * make every conversation that used a tool a miss; the numbers keep which response answers which
 * call, which does change the answer. One instance per key; not thread-safe.
 */
final class ToolCallNumbers {

    private final Map<String, String> numbers = new HashMap<>();

    /** The number standing for {@code id}; {@code null} stays {@code null}. */
    String of(String id) {
        return id == null ? null : numbers.computeIfAbsent(id, unseen -> "#" + numbers.size());
    }
}
