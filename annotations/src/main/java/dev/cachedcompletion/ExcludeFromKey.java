package dev.cachedcompletion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Leaves a parameter of a {@link CachedCompletion} method out of the cache key: calls that differ
 * only in this argument share one entry. Use it for things that do not change the answer (a trace
 * id, a logger, a listener) and for credentials. Any parameter type is allowed once excluded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ExcludeFromKey {
}
