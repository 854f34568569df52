package dev.cachedcompletion.internal.store;

/** A failed SQLite operation; the interceptor turns it into a miss. */
final class SqliteStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SqliteStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
