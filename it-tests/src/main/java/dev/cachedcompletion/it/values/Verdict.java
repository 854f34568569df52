package dev.cachedcompletion.it.values;

/** A deeply immutable record: the memory store may keep it as the object itself. */
public record Verdict(String label, double confidence, Mood mood) {
}
