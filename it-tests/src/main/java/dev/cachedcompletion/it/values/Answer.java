package dev.cachedcompletion.it.values;

import java.util.List;

/** A record with a list inside: not immutable, so it is kept as bytes and decoded per hit. */
public record Answer(String text, int tokens, List<String> citations, Verdict verdict) {
}
