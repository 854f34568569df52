package dev.cachedcompletion.support;

import dev.cachedcompletion.internal.key.CanonicalEncoder;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.StreamAdapter;
import dev.cachedcompletion.spi.StreamingHandlerAdapter;
import java.lang.reflect.Type;
import java.time.Duration;

/**
 * Everything the processor knew at compile time about one {@code @CachedCompletion} method, plus
 * the generated {@link #key} code. One instance per method, created when its generated class is
 * initialized; immutable and thread-safe.
 */
public abstract class MethodSite {

    private final String identity;
    private final int version;
    private final String model;
    private final Duration ttl;
    private final Type returnType;
    private final boolean immutableValue;
    private final int valueShape;
    private final KeyPrefix prefix;

    /**
     * @param identity       the {@code name} attribute, or {@code pkg.Class#method(param types)}
     * @param ttlMillis      the entry lifetime from the annotation, or {@code -1} for the store default
     * @param immutableValue whether the processor proved the return type deeply immutable, so that a
     *                       store in the heap may keep the object itself
     * @param valueShape     a fingerprint of the return type's structure, written in every stored value
     * @param partLabels     one label per key ingredient, in order: key part member names, then
     *                       {@code #i} for the i-th parameter
     */
    protected MethodSite(String identity, int version, String model, long ttlMillis, ReturnType<?> returnType,
            boolean immutableValue, int valueShape, String... partLabels) {
        this.identity = identity;
        this.version = version;
        this.model = model;
        this.ttl = ttlMillis < 0 ? null : Duration.ofMillis(ttlMillis);
        this.returnType = returnType.type();
        this.immutableValue = immutableValue;
        this.valueShape = valueShape;
        this.prefix = new KeyPrefix(identity, CanonicalEncoder.prefix(identity, version, model, valueShape, partLabels));
    }

    /**
     * The key of one call. {@code target} is the object the method is called on ({@code null} for a
     * static method); {@code args} are the call's arguments, which the key may keep (the aspect
     * passes a fresh copy).
     */
    public abstract CacheKey key(Object target, Object[] args);

    /** For generated code: a key over canonical values, in the order of the part labels. */
    protected final CacheKey newKey(Object[] parts) {
        return new MethodKey(prefix, parts);
    }

    /** The method identity: the {@code name} attribute, or the signature. */
    public final String identity() {
        return identity;
    }

    public final int version() {
        return version;
    }

    public final String model() {
        return model;
    }

    /** The TTL from the annotation, or {@code null} to use the store's default. */
    public final Duration ttl() {
        return ttl;
    }

    /**
     * Whether the method returns {@code CompletableFuture<T>} or {@code CompletionStage<T>}; the
     * cached value is then the {@code T} it completes with, and {@link #returnType()} is {@code T}.
     * Generated code overrides this for asynchronous methods.
     */
    public boolean async() {
        return false;
    }

    /**
     * The integration codec that writes and reads this method's values, or {@code null} for the
     * built-in Jackson codec. Generated code overrides this when an integration module registered a
     * {@link CompletionCodec} for the return type.
     */
    public CompletionCodec<?> codec() {
        return null;
    }

    /**
     * For a method that returns a stream ({@code Flow.Publisher<T>}, {@code Flux<T>}, a client's
     * streaming response): the adapter of that stream type. The cached value is then the stream's
     * elements, and {@link #returnType()} is their type {@code T}. {@code null} for other methods;
     * generated code overrides it.
     */
    public StreamAdapter<?> streamAdapter() {
        return null;
    }

    /**
     * For a {@code void} method that streams its answer into a handler parameter: the adapter of the
     * handler type; {@link #returnType()} is then the type of the recorded elements. {@code null} for
     * other methods; generated code overrides it together with {@link #handlerIndex()}.
     */
    public StreamingHandlerAdapter<?, ?> handlerAdapter() {
        return null;
    }

    /** The index of the handler parameter of a method with a {@link #handlerAdapter()}, else {@code -1}. */
    public int handlerIndex() {
        return -1;
    }

    /** Whether the method streams its answer (a stream return type or a handler parameter). */
    public final boolean streamed() {
        return streamAdapter() != null || handlerAdapter() != null;
    }

    /** The exact generic type of the cached value, for the codec. */
    public final Type returnType() {
        return returnType;
    }

    /** Whether a returned object may be shared between callers because nothing can change it. */
    public final boolean immutableValue() {
        return immutableValue;
    }

    /** The fingerprint of the return type's structure at compile time. */
    public final int valueShape() {
        return valueShape;
    }

    /** The canonical bytes of identity, version, model, value shape and labels that start every key of this method. */
    public final byte[] prefixBytes() {
        return prefix.bytes;
    }

    /** Whether keys of both sites mean the same method (same identity, version, model, value shape and labels). */
    public final boolean sameMethodAs(MethodSite other) {
        return this == other || prefix.sameAs(other.prefix);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof MethodSite && sameMethodAs((MethodSite) o);
    }

    @Override
    public final int hashCode() {
        return prefix.hash;
    }

    @Override
    public String toString() {
        return identity;
    }
}
