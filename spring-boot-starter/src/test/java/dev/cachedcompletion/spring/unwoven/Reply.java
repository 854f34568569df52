package dev.cachedcompletion.spring.unwoven;

/** A model's answer that says what it cost, as a client library's response does. */
public record Reply(String text, String model, long inputTokens, long outputTokens) {
}
