package dev.cachedcompletion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a parameter whose name looks like a credential ({@code apiKey}, {@code token},
 * {@code password}, {@code secret}, {@code authorization}, …) is meant to be part of the cache key.
 *
 * <p>Without this annotation (or {@link ExcludeFromKey}) such a parameter is a compile error,
 * because its value would otherwise be kept in memory as part of a key and hashed into the keys of
 * persistent stores. Use it when the answer really depends on the credential (one cache per tenant,
 * say), or when the name only looks like a credential.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface KeyIncludesSecret {
}
