package dev.cachedcompletion.it.values;

/** An enum inside a returned record. */
public enum Mood {
    CHEERFUL, NEUTRAL, GRIM
}
