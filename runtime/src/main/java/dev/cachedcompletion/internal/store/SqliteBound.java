package dev.cachedcompletion.internal.store;

/**
 * {@code maxBytes} of a SQLite store, and the shares of it the sweeper works with: the file and its
 * WAL together stay near {@link #maxBytes()}. The WAL gets a quarter (at most 4 MiB), the entries the
 * rest; eviction starts when the entries' pages pass 90% of their share and stops at 80%, so that a
 * burst of writes does not trigger a sweep per write. Without a bound only the WAL's share applies
 * (4 MiB). Immutable.
 */
record SqliteBound(long maxBytes) {

    /** {@code maxBytes} of a store without a bound. */
    static final long NONE = 0;
    /** The smallest bound: the WAL alone may hold 256 KiB. */
    static final long MIN_BYTES = 1L << 20;

    private static final long MAX_WAL_BYTES = 4L << 20;
    private static final long PAGE = 4096;

    static SqliteBound none() {
        return new SqliteBound(NONE);
    }

    boolean bounded() {
        return maxBytes != NONE;
    }

    /** The WAL's share: SQLite truncates the WAL to this when it starts it over. */
    long walBytes() {
        return bounded() ? Math.min(MAX_WAL_BYTES, maxBytes / 4) : MAX_WAL_BYTES;
    }

    /** How many pages in the WAL make a connection copy them into the file: half the WAL's share. */
    long checkpointPages() {
        return Math.max(16, walBytes() / PAGE / 2);
    }

    /** The entries' share: the bound less the WAL's share. */
    long entryBytes() {
        return maxBytes - walBytes();
    }

    /** Pages in use above this many bytes start an eviction. */
    long evictAbove() {
        return entryBytes() / 10 * 9;
    }

    /** An eviction stops when the pages in use are down to this many bytes. */
    long evictTo() {
        return entryBytes() / 10 * 8;
    }

    /**
     * How many bytes of free pages to give back to the file system in a file of {@code fileBytes} with
     * {@code freeBytes} of free pages. With a bound, only what takes the file past the entries' share:
     * below it, free pages are the room the next writes reuse, and moving pages to shorten the file
     * only to grow it again costs every write. Without, what is beyond a tenth of the file (at least 1 MiB).
     */
    long releasableBytes(long fileBytes, long freeBytes) {
        long keep = bounded() ? freeBytes - (fileBytes - entryBytes()) : Math.max(1L << 20, fileBytes / 10);
        return Math.max(0, freeBytes - Math.max(0, keep));
    }

    /** Written bytes after which a put wakes the sweeper before its next tick. */
    long wakeAfterBytes() {
        return Math.max(64L << 10, maxBytes / 32);
    }
}
