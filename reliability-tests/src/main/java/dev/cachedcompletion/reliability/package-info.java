/**
 * Services and forked-JVM entry points used by the reliability tests: each counts how often its
 * "model" (the method body) really runs, so tests can tell hits, misses and lost entries apart.
 */
package dev.cachedcompletion.reliability;
