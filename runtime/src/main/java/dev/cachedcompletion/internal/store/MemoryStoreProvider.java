package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreProvider;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoreSpecException;
import java.util.Set;

/**
 * {@code memory[?maxBytes=<size>&maxEntries=<n>&ttl=<duration>]}. Without options the store is
 * bounded to 64 MiB of estimated retained heap and entries do not expire.
 */
public final class MemoryStoreProvider implements StoreProvider {

    /** The byte bound when neither maxBytes nor maxEntries is given. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    @Override
    public String scheme() {
        return "memory";
    }

    @Override
    public String usage() {
        return "memory[?maxBytes=<size, e.g. 64m>&maxEntries=<n>&ttl=<duration, e.g. 7d>]";
    }

    @Override
    public CompletionStore open(StoreSpec spec) {
        if (!spec.location().isEmpty()) {
            throw new StoreSpecException("'memory' takes no location (options go after '?')");
        }
        spec.requireOnlyOptions(Set.of("maxBytes", "maxEntries", "ttl"));
        long maxEntries = spec.positiveNumber("maxEntries", 0);
        long defaultBytes = maxEntries > 0 ? 0 : DEFAULT_MAX_BYTES;
        long maxBytes = spec.bytes("maxBytes", defaultBytes);
        return new MemoryStore(maxBytes, maxEntries, spec.duration("ttl", null), spec.text());
    }
}
