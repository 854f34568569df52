package dev.cachedcompletion.clients;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spi.BrowsableStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the SQLite file in use holds, as the command-line tool would count it. */
final class StoredEntries {

    private StoredEntries() {
    }

    /**
     * Waits (at most 10 s) until the SQLite store in use at {@code file} holds an entry of
     * {@code method}: a streamed answer is stored just after its last element reached the caller.
     */
    static void await(Path file, String method) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (in(file, method) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nothing of " + method + " was stored in " + file + " within 10 s");
            }
            Thread.sleep(10);
        }
    }

    /** The entries of {@code method} in the SQLite store in use at {@code file}; 0 if the file was never created. */
    static long in(Path file, String method) {
        if (!Files.exists(file)) {
            return 0;
        }
        return ((BrowsableStore) CachedCompletions.store()).count(method);
    }
}
