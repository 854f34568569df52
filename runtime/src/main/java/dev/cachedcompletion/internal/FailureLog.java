package dev.cachedcompletion.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Logs one operation of one method failing, once per streak: the first failure at WARNING, then
 * silence until the operation succeeds again, which is logged once at INFO. A store that is down
 * therefore writes two lines per method, not one per call, and one failing method neither floods the
 * log nor hides the failures of another. Thread-safe; a success costs one volatile read, and the
 * message is built only when a line is written.
 */
final class FailureLog {

    private static final System.Logger LOG = System.getLogger("dev.cachedcompletion");

    private final String operation;
    private final String method;
    private final AtomicBoolean failing = new AtomicBoolean();

    FailureLog(String operation, String method) {
        this.operation = operation;
        this.method = method;
    }

    /** {@code store} (may be {@code null}) names where it failed; its {@code toString} is read only to log. */
    void failed(Object store, Throwable cause) {
        if (failing.compareAndSet(false, true)) {
            try {
                LOG.log(Level.WARNING, "cached-completion: " + operation + " failed for " + where(store)
                        + "; the calls it affects run as misses, and further failures are not logged until it "
                        + "works again: " + cause, cause);
            } catch (Throwable ignored) {
                // A broken logging backend must not fail a call.
            }
        }
    }

    void succeeded(Object store) {
        if (failing.get()) { // one volatile read on the hot path; the rest stays out of it
            recovered(store);
        }
    }

    private void recovered(Object store) {
        if (failing.compareAndSet(true, false)) {
            try {
                LOG.log(Level.INFO, "cached-completion: " + operation + " works again for " + where(store));
            } catch (Throwable ignored) {
                // A broken logging backend must not fail a call.
            }
        }
    }

    private String where(Object store) {
        return store == null ? method : method + " on " + store;
    }

    boolean isFailing() {
        return failing.get();
    }
}
