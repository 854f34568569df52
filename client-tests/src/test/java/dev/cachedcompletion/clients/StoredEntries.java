package dev.cachedcompletion.clients;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spi.BrowsableStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the SQLite file in use holds, as the command-line tool would count it. */
final class StoredEntries {

    private StoredEntries() {
    }

    /** The entries of {@code method} in the SQLite store in use at {@code file}; 0 if the file was never created. */
    static long in(Path file, String method) {
        if (!Files.exists(file)) {
            return 0;
        }
        return ((BrowsableStore) CachedCompletions.store()).count(method);
    }
}
