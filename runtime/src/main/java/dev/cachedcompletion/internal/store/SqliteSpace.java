package dev.cachedcompletion.internal.store;

import dev.cachedcompletion.spi.StoreSpace;

/**
 * The pages of a cache file as SQLite counts them, with the size of its WAL.
 *
 * @param pages       pages of the database, as of the latest commit (the file may still be longer
 *                    until a checkpoint shortens it)
 * @param freePages   of them, pages that hold nothing
 * @param pageSize    bytes per page
 * @param walBytes    the size of the {@code -wal} file
 * @param incremental whether free pages can be given back in steps ({@code auto_vacuum = INCREMENTAL})
 */
record SqliteSpace(long pages, long freePages, long pageSize, long walBytes, boolean incremental) {

    /** Bytes of the pages that hold entries, methods or indexes. */
    long usedBytes() {
        return (pages - freePages) * pageSize;
    }

    long fileBytes() {
        return pages * pageSize;
    }

    StoreSpace toStoreSpace(long maxBytes) {
        return new StoreSpace(fileBytes(), walBytes, freePages * pageSize, freePages, maxBytes);
    }
}
