package dev.cachedcompletion.spi;

/**
 * Turns a request type that the processor cannot key on its own (a client library's request
 * object, say) into the content that determines the model's answer. An integration module ships
 * one per request type and registers it with a class-path resource named
 * {@code dev/cachedcompletion/spi/keyencoders/<binary name of T>} whose only line is the
 * encoder's binary class name. When the processor meets a key value of type {@code T} (or of a
 * subtype) and that resource is on the compile class path, the generated key code calls the
 * encoder directly: nothing is looked up at run time. (The resource is not under {@code META-INF}
 * because javac, through which the processor sees the class path, finds nothing there inside a jar.)
 *
 * <p>Implementations are public, have a public no-argument constructor, are stateless and
 * thread-safe, and must leave out of the tree anything that changes between identical requests
 * (ids, timestamps, request tracing) — a volatile field in a key makes every call a miss.
 *
 * @param <T> the request type
 */
public interface KeyEncoder<T> {

    /**
     * The name and version of this encoder's canonical form, e.g. {@code "openai.ChatCompletionCreateParams/1"}.
     * It is part of every key the encoder makes, so changing what the tree contains means changing
     * this name: keys of the old form then simply stop matching.
     */
    String form();

    /**
     * The canonical content of {@code value}, never called with {@code null}: a tree of
     * {@code Map<String, ?>} (entry order does not matter), {@code List<?>} (order matters),
     * {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, {@code BigInteger},
     * {@code Float}, {@code Double}, {@code BigDecimal}, enum constants and {@code null}. Integral
     * numbers are compared by value whatever their class, and so are {@code Float} and
     * {@code Double} ({@code 0.7f} keys like {@code 0.7}). Anything else in the tree is an
     * {@link IllegalArgumentException} when the key is built, which the cache reports as an
     * error and answers by calling the method uncached.
     */
    Object keyTree(T value);
}
