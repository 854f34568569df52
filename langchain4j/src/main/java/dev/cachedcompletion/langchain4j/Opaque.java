package dev.cachedcompletion.langchain4j;

/**
 * The marker that opens the key of a value this module does not know how to take apart (see
 * {@link ValueTrees#opaque}). An enum of this package rather than a string, so that no user data
 * (a custom parameter, an attribute map) can ever produce the same tree by accident.
 */
enum Opaque {
    OBJECT
}
