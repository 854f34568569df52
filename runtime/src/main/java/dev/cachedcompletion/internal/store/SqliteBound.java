package dev.cachedcompletion.internal.store;

/**
 * {@code maxBytes} of a SQLite store, and the shares of it the sweeper works with: the file and its
 * WAL together stay near {@link #maxBytes()}. The WAL gets an eighth (at most 4 MiB), the entries the
 * rest; eviction starts when the entries' pages pass 90% of their share and stops at 80%, so that a
 * burst of writes does not trigger a sweep per write. Without a bound only the WAL's share applies
 * (4 MiB). Immutable.
 */
record SqliteBound(long maxBytes) {

    /** {@code maxBytes} of a store without a bound. */
    static final long NONE = 0;
    /** The smallest bound: the WAL alone may hold 128 KiB between checkpoints. */
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
        return bounded() ? Math.min(MAX_WAL_BYTES, maxBytes / 8) : MAX_WAL_BYTES;
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

    /** Free pages beyond this many bytes are given back to the file system. */
    long keepFreeBytes(long fileBytes) {
        return bounded() ? entryBytes() / 10 : Math.max(1L << 20, fileBytes / 10);
    }

    /** Written bytes after which a put wakes the sweeper before its next tick. */
    long wakeAfterBytes() {
        return Math.max(64L << 10, maxBytes / 32);
    }
}
