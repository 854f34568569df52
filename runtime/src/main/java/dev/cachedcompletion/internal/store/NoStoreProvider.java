package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreProvider;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoreSpecException;
import java.util.Set;

/** {@code none}: every call runs the method. */
public final class NoStoreProvider implements StoreProvider {

    @Override
    public String scheme() {
        return "none";
    }

    @Override
    public String usage() {
        return "none";
    }

    @Override
    public CompletionStore open(StoreSpec spec) {
        if (!spec.location().isEmpty()) {
            throw new StoreSpecException("'none' takes no location");
        }
        spec.requireOnlyOptions(Set.of());
        return new NoStore();
    }
}
