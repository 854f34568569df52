package dev.cachedcompletion.simulated;

import java.util.Map;

/**
 * A function tool offered in a request's {@code tools}.
 *
 * @param name the function's name, which a tool call must repeat
 * @param parameterTypes each property of {@code parameters.properties} with its JSON Schema type
 *     ({@code "string"}, {@code "integer"}, ...), or {@code null} where the schema names none; in the
 *     schema's order
 */
record ToolFunction(String name, Map<String, String> parameterTypes) {
}
