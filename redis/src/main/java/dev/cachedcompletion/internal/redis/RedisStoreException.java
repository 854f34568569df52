package dev.cachedcompletion.internal.redis;

/**
 * A Redis operation that failed, or was not tried because Redis is unavailable. The interceptor counts
 * it and runs the call as a miss. Messages name the store (never its password) and the cause.
 */
final class RedisStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RedisStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    private RedisStoreException(String message, Throwable cause, boolean withStackTrace) {
        super(message, cause, false, withStackTrace);
    }

    /**
     * Thrown for every call while the circuit is open: cheap (no stack trace, which would only show
     * the caller's frames), since a call pays for it on every cache operation while Redis is down.
     */
    static RedisStoreException unavailable(String store, Throwable lastFailure) {
        return new RedisStoreException(store + " is unavailable (" + lastFailure
                + "); cache operations are skipped until it answers again", lastFailure, false);
    }
}
