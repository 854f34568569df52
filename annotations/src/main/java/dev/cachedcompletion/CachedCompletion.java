package dev.cachedcompletion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caches the result of the annotated method: a second call with an equal key returns the stored
 * answer without running the method body.
 *
 * <p>The method must be concrete (it is woven at compile time by AspectJ), must return a value that
 * Jackson can rebuild from the exact declared type, and its class must be compiled with
 * {@code cached-completion-processor} on the annotation processor path. Static methods and calls
 * from inside the same class are cached too.
 *
 * <h2>What goes into the key</h2>
 * Two calls share an entry exactly when all of these are equal:
 * <ol>
 *   <li>the method identity: {@link #name()} if set, otherwise the declaring class, method name and
 *       erased parameter types ({@code com.acme.JokeService#joke(java.lang.String)});</li>
 *   <li>{@link #version()};</li>
 *   <li>{@link #model()};</li>
 *   <li>the value of every {@link KeyPart} field or method of the declaring class (instance members
 *       only for instance methods), together with its name;</li>
 *   <li>every argument, by position, except those marked {@link ExcludeFromKey}.</li>
 * </ol>
 * Arguments are compared by value in a canonical form (see {@code docs/KEYS.md}): strings, numbers,
 * booleans, characters, enums, records of those, {@code List}, {@code Set}, {@code Map} and arrays of
 * those. Maps and sets are equal whatever their iteration order. A parameter whose name looks like a
 * credential (api key, token, password, secret, authorization) is a compile error unless it is marked
 * {@link ExcludeFromKey} or {@link KeyIncludesSecret}.
 *
 * <h2>What is cached</h2>
 * Only values: an exception thrown by the method is never cached and reaches the caller unchanged;
 * a {@code null} result is returned but not cached.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CachedCompletion {

    /**
     * A stable identity for the cache entries of this method. Empty (the default) means the
     * method signature, which changes when the class, the method or its parameter types are renamed.
     * Set it to keep entries across such refactorings. Two methods with the same name share entries,
     * so the processor rejects a name used twice in one compilation.
     */
    String name() default "";

    /**
     * The model and settings that produce the answer, as free text
     * (for example {@code "openai:gpt-4o-mini;temperature=0"}). Part of the key: change it and
     * earlier answers are no longer returned.
     */
    String model() default "";

    /** Bump it to stop returning the entries stored by earlier versions of the method. */
    int version() default 1;

    /**
     * How long an entry is returned after it was stored: {@code 30s}, {@code 10m}, {@code 12h},
     * {@code 7d}, {@code 250ms}, or an ISO-8601 duration such as {@code PT90M}. Empty (the default)
     * means the store's default TTL, which is "no expiry" unless the store spec sets {@code ttl=}.
     * A malformed value is a compile error.
     */
    String ttl() default "";
}
