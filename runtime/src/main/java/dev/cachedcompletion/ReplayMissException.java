package dev.cachedcompletion;

/**
 * In {@link CacheMode#REPLAY} mode, a call found no stored answer. The model was not called. The
 * message names the method, the short key, the store and how to record the answer.
 */
public class ReplayMissException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String shortKey;

    public ReplayMissException(String method, String shortKey, String store, Throwable storeFailure) {
        super("cachedcompletion.mode=replay: no cached answer for " + method + " (key " + shortKey + ") in " + store
                + (storeFailure == null ? "" : " (the store could not be read: " + storeFailure + ")")
                + ". The model was not called. Record the answer by running the same call once with "
                + "-Dcachedcompletion.mode=read-write (or refresh) against the same store.", storeFailure);
        this.method = method;
        this.shortKey = shortKey;
    }

    /** The method identity of the call that missed. */
    public String method() {
        return method;
    }

    /** The first 12 hex digits of the key's digest, as in logs. */
    public String shortKey() {
        return shortKey;
    }
}
