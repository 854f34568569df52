package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.internal.codec.ValueCodec;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.StoredValue;

/**
 * The site of a String method with one String argument, as another build of it would generate it:
 * same return type and shape, but any identity, model and version. Entries put under it stand for
 * entries written by that other build, in the store the woven code then reads.
 */
final class PlantedSite extends MethodSite {

    PlantedSite(String identity, int version, String model, int valueShape) {
        super(identity, version, model, -1, new ReturnType<String>() { }, true, valueShape, "#0");
    }

    @Override
    public CacheKey key(Object target, Object[] args) {
        return newKey(args.clone());
    }

    /** Stores {@code answer} for {@code argument} in the current store, encoded as this site would. */
    void plant(String argument, String answer) {
        byte[] bytes = ValueCodec.forSite(this).encode(answer);
        CachedCompletions.store().put(key(null, new Object[] {argument}), StoredValue.ofBytes(bytes), null);
    }
}
