package dev.cachedcompletion.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Logs a failing operation once per streak: the first failure at WARNING, then silence until the
 * operation succeeds again, which is logged once at INFO. A store that is down therefore writes two
 * lines, not one per call. Thread-safe; a success costs one volatile read.
 */
final class FailureLog {

    private static final System.Logger LOG = System.getLogger("dev.cachedcompletion");

    private final String operation;
    private final AtomicBoolean failing = new AtomicBoolean();

    FailureLog(String operation) {
        this.operation = operation;
    }

    void failed(String where, Throwable cause) {
        if (failing.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "cached-completion: " + operation + " failed for " + where
                    + "; the calls it affects run as misses, and further failures are not logged until it "
                    + "works again: " + cause, cause);
        }
    }

    void succeeded(String where) {
        if (failing.get() && failing.compareAndSet(true, false)) {
            LOG.log(Level.INFO, "cached-completion: " + operation + " works again for " + where);
        }
    }

    boolean isFailing() {
        return failing.get();
    }
}
