package dev.cachedcompletion.internal.config;

import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;

/** A look-up of a key no method can have, so that a health check never reads or counts a real entry. */
public final class StoreProbe {

    private static final CacheKey PROBE = new ProbeSite().key(null, new Object[0]);

    private StoreProbe() {
    }

    /** Looks the probe key up in {@code store}; throws whatever the store throws. */
    public static void lookUp(CompletionStore store) {
        store.get(PROBE);
    }

    /** A method identity no Java method can have (it holds a colon and no '#'). */
    private static final class ProbeSite extends MethodSite {
        ProbeSite() {
            super("cachedcompletion:health-probe", 1, "", -1, new ReturnType<String>() { }, true, 0);
        }

        @Override
        public CacheKey key(Object target, Object[] args) {
            return newKey(new Object[0]);
        }
    }
}
