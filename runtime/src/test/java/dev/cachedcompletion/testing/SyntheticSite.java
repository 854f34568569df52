package dev.cachedcompletion.testing;

import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.spi.CacheKey;

/**
 * A hand-written stand-in for a generated site, so that stores, codec and interceptor can be tested
 * without the processor. Every argument is one key part, taken as it is: callers pass values that are
 * already canonical (strings, boxed primitives, or what {@code KeyValues} returns), as generated code would.
 * Public so that store contract tests in other modules can build keys too.
 */
public final class SyntheticSite extends MethodSite {

    public SyntheticSite(String identity, int version, String model, long ttlMillis, ReturnType<?> returnType,
            boolean immutableValue, int valueShape, int arity) {
        super(identity, version, model, ttlMillis, returnType, immutableValue, valueShape, labels(arity));
    }

    /** A method of {@code arity} parameters returning a {@code String}, version 1, store-default TTL. */
    public static SyntheticSite strings(String identity, int arity) {
        return new SyntheticSite(identity, 1, "test-model", -1, new ReturnType<String>() { }, true, 0, arity);
    }

    /** A one-parameter method returning {@code type}. */
    public static SyntheticSite returning(String identity, ReturnType<?> type, boolean immutableValue) {
        return new SyntheticSite(identity, 1, "test-model", -1, type, immutableValue, 0, 1);
    }

    @Override
    public CacheKey key(Object target, Object[] args) {
        return newKey(args.clone());
    }

    /** The key of a call with these (canonical) arguments. */
    public CacheKey keyOf(Object... parts) {
        return newKey(parts.clone());
    }

    private static String[] labels(int arity) {
        String[] labels = new String[arity];
        for (int i = 0; i < arity; i++) {
            labels[i] = "#" + i;
        }
        return labels;
    }
}
