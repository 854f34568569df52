package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreSpec;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;

/** The store contract for {@code sqlite:<file>}, on a real file. */
class SqliteStoreContractTest extends CompletionStoreContract {

    @TempDir
    Path dir;

    @Override
    protected CompletionStore openStore(Duration defaultTtl) {
        String spec = "sqlite:" + dir.resolve("completions.db")
                + (defaultTtl == null ? "" : "?ttl=" + defaultTtl.toMillis() + "ms");
        return new SqliteStoreProvider().open(StoreSpec.parse(spec));
    }
}
