package dev.cachedcompletion.spi;

/**
 * A store that can remove the entries of one method and leave the others': what a management
 * endpoint offers after a prompt or a model of one method changed. Optional; the built-in memory,
 * SQLite and Redis stores implement it. Thread-safe, like every {@link CompletionStore}; storage
 * failures are thrown as unchecked exceptions.
 */
public interface MethodClearingStore extends CompletionStore {

    /**
     * Removes every entry of {@code methodId} (the method identity a {@link CacheKey#methodId()}
     * names), expired or not.
     *
     * @return how many entries were removed, as far as the store can count them
     */
    long clearMethod(String methodId);
}
