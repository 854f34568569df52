package dev.cachedcompletion.clients;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spi.BrowsableStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The store a streaming test runs on, and what its SQLite file holds, as the command-line tool would count it. */
public final class TestStores {

    private TestStores() {
    }

    /**
     * Makes {@code kind} ({@code memory} or {@code sqlite}) the store in use, SQLite on a file in
     * {@code dir}; returns that file (which exists only for SQLite, once written).
     */
    public static Path use(String kind, Path dir) {
        Path file = dir.resolve("completions.db");
        CachedCompletions.useStore(kind.equals("sqlite") ? "sqlite:" + file : kind);
        return file;
    }

    /**
     * Waits (at most 10 s) until the SQLite store in use at {@code file} holds an entry of
     * {@code method}: a streamed answer is stored just after its last element reached the caller.
     */
    public static void awaitEntry(Path file, String method) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (entries(file, method) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("nothing of " + method + " was stored in " + file + " within 10 s");
            }
            Thread.sleep(10);
        }
    }

    /** The entries of {@code method} in the SQLite store in use at {@code file}; 0 if the file was never created. */
    public static long entries(Path file, String method) {
        if (!Files.exists(file)) {
            return 0;
        }
        return ((BrowsableStore) CachedCompletions.store()).count(method);
    }
}
