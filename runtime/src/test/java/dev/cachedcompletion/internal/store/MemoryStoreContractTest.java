package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreSpec;
import java.time.Duration;

/** The store contract for {@code memory}, opened as a user's spec would open it. */
class MemoryStoreContractTest extends CompletionStoreContract {

    @Override
    protected CompletionStore openStore(Duration defaultTtl) {
        String spec = defaultTtl == null ? "memory" : "memory?ttl=" + defaultTtl.toMillis() + "ms";
        return new MemoryStoreProvider().open(StoreSpec.parse(spec));
    }
}
