package dev.cachedcompletion.reliability.core;

/** A structured result, for values whose stored JSON can be of the wrong shape. */
public record Answer(String text, int tokens) {
}
