package dev.cachedcompletion.spi;

/**
 * The room a store's storage takes, for tools ({@link CompactableStore}).
 *
 * @param fileBytes    the size of the store's file as its database counts it (pages × page size)
 * @param journalBytes the size of its journal beside it (SQLite's {@code -wal}), 0 if there is none
 * @param freeBytes    of {@code fileBytes}, the bytes of pages that hold nothing: reused by later
 *                     writes, or given back by {@link CompactableStore#compact()}
 * @param freePages    the same as a number of pages
 * @param maxBytes     the bound the store keeps file and journal near ({@code maxBytes} of the store
 *                     spec), or 0 for none
 */
public record StoreSpace(long fileBytes, long journalBytes, long freeBytes, long freePages, long maxBytes) {
}
