package dev.cachedcompletion.internal;

/** The original method body, as the aspect hands it over: {@code proceed()}. */
@FunctionalInterface
public interface Invocation {

    /** Runs the body; its exceptions propagate unchanged. */
    Object proceed() throws Throwable;

    /**
     * Runs the body with other arguments (a streaming handler replaced by the cache's recorder); its
     * exceptions propagate unchanged. An interception that cannot change arguments throws
     * {@link UnsupportedOperationException}.
     */
    default Object proceed(Object[] args) throws Throwable {
        throw new UnsupportedOperationException("this interception cannot change a call's arguments");
    }
}
