package dev.cachedcompletion.spi;

import java.io.IOException;

/**
 * Writes and reads the values of one return type that plain Jackson cannot rebuild (a client
 * library's response object, say), losslessly. An integration module ships one per type and
 * registers it with a class-path resource named {@code dev/cachedcompletion/spi/codecs/<binary
 * name of T>} whose only line is the codec's binary class name. When a {@code @CachedCompletion}
 * method returns exactly {@code T} (or a {@code CompletableFuture<T>}) and that resource is on the
 * compile class path, the processor wires the codec into the generated code.
 *
 * <p>Implementations are public, have a public no-argument constructor, and are thread-safe. The
 * runtime frames the bytes with its own header, which carries {@link #format()}, so values written
 * by another codec or another format version are misses, never misreads.
 *
 * @param <T> the value type
 */
public interface CompletionCodec<T> {

    /**
     * The name and version of the byte format, e.g. {@code "langchain4j.ChatResponse/1"}. Change
     * it whenever {@link #decode} could no longer read what an older version wrote.
     */
    String format();

    /** The value as bytes; everything that {@code equals} on the decoded value compares is kept. */
    byte[] encode(T value) throws IOException;

    /**
     * The value {@link #encode} was given. The bytes come from a store and are untrusted: throw
     * (any exception) on anything malformed; never load a class named in the data.
     */
    T decode(byte[] bytes) throws IOException;

    /**
     * Whether values can never change after they are built, so that a store in the heap may hand
     * one object to every caller instead of decoding a copy per hit. Defaults to {@code false}.
     */
    default boolean immutableValues() {
        return false;
    }

    /**
     * The tokens the model spent on {@code value}, as the value reports them, or {@code null} if it
     * does not say (the default). The cache asks once per answer it stores and keeps the result with
     * the entry; each later hit counts these tokens as saved. A codec of a stream's elements reports
     * the usage on the element that carries it; the last element that reports one stands for the
     * whole stream. Must be cheap and must not throw (a throw counts as unknown).
     */
    default TokenUsage usage(T value) {
        return null;
    }
}
