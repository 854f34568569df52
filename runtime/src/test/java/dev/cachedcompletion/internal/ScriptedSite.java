package dev.cachedcompletion.internal;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A hand-written site whose behaviour a test scripts: synchronous or asynchronous (the cached value
 * is then the {@code String} its future completes with), a codec that fails in a chosen way, a codec
 * that cannot even be set up, key code that fails for chosen arguments. One key part: the argument.
 */
final class ScriptedSite extends MethodSite {

    private final boolean async;
    private final Supplier<CompletionCodec<?>> codec;
    private final Predicate<Object> keyFails;

    private ScriptedSite(String identity, boolean async, Supplier<CompletionCodec<?>> codec, Predicate<Object> keyFails) {
        super(identity, 1, "test-model", -1, new ReturnType<String>() { }, true, 0, "#0");
        this.async = async;
        this.codec = codec;
        this.keyFails = keyFails;
    }

    /** A {@code CompletableFuture<String>} method with the built-in codec. */
    static ScriptedSite async(String identity) {
        return new ScriptedSite(identity, true, () -> null, arg -> false);
    }

    /** A method whose codec's encode throws what {@code failure} supplies (an Error, say). */
    static ScriptedSite encodingFails(String identity, boolean async, Supplier<Throwable> failure) {
        CompletionCodec<String> throwing = new CompletionCodec<>() {
            @Override
            public String format() {
                return "throwing";
            }

            @Override
            public byte[] encode(String value) {
                throw sneaky(failure.get());
            }

            @Override
            public String decode(byte[] bytes) {
                throw new AssertionError("nothing was ever encoded");
            }
        };
        return new ScriptedSite(identity, async, () -> throwing, arg -> false);
    }

    /** A method whose codec cannot be set up at all (a Jackson module of a clashing version, say). */
    static ScriptedSite codecSetUpFails(String identity) {
        return new ScriptedSite(identity, false, () -> {
            throw new NoSuchMethodError("com.fasterxml.jackson.databind.Module.getDependencies() (a clashing version)");
        }, arg -> false);
    }

    /** A method whose key code throws for the arguments {@code keyFails} accepts. */
    static ScriptedSite keyFailsFor(String identity, Predicate<Object> keyFails) {
        return new ScriptedSite(identity, false, () -> null, keyFails);
    }

    @Override
    public boolean async() {
        return async;
    }

    @Override
    public CompletionCodec<?> codec() {
        return codec.get();
    }

    @Override
    public CacheKey key(Object target, Object[] args) {
        if (keyFails.test(args[0])) {
            throw new IllegalArgumentException("no stable value for " + args[0]);
        }
        return newKey(args.clone());
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
