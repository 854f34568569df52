package dev.cachedcompletion.reliability.core;

/** One chat message inside a {@link Prompt}: a record nested in a list nested in a record. */
public record Message(String role, String content) {
}
