package dev.cachedcompletion.it.key;

import java.util.List;

/** A record argument: keyed by its components, including the list inside it. */
public record Persona(String name, List<String> traits) {
}
