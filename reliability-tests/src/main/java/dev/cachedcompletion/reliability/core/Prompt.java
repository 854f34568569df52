package dev.cachedcompletion.reliability.core;

import java.util.List;
import java.util.Map;

/** A structured prompt: a record argument holding a list of records, a map, a primitive and a box. */
public record Prompt(String system, List<Message> messages, Map<String, String> meta, double temperature,
        Integer maxTokens) {
}
