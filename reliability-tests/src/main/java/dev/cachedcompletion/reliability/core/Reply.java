package dev.cachedcompletion.reliability.core;

/** A plain record return type, with no type information at all. */
public record Reply(String text) {
}
