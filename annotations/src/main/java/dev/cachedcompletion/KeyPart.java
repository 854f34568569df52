package dev.cachedcompletion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a field, or a method without parameters, part of the key of every {@link CachedCompletion}
 * method of the same class — typically the model name or settings the instance was built with.
 *
 * <p>The generated key code lives in the same package and reads the member directly, so the member
 * must not be {@code private}. Its type follows the same rules as an argument. Instance members are
 * read from the object the cached method is called on; a static cached method uses only the static
 * key parts of its class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface KeyPart {
}
