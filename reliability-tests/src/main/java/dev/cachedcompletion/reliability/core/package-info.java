/**
 * Woven services and forked-JVM entry points for the core reliability cases of issue #3:
 * single-flight, one body run per key, damaged and hostile stored values, malformed store specs,
 * key distinctness and the memory bound. Each service counts how often its body (the "model") runs.
 */
package dev.cachedcompletion.reliability.core;
