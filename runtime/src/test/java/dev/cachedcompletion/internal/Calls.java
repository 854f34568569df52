package dev.cachedcompletion.internal;

import java.util.concurrent.Callable;

/** Engine calls as {@link Callable}s for executors: the engine declares {@code Throwable}. */
final class Calls {

    private Calls() {
    }

    @FunctionalInterface
    interface EngineCall {
        Object run() throws Throwable;
    }

    static Callable<Object> callable(EngineCall call) {
        return () -> {
            try {
                return call.run();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new AssertionError(t);
            }
        };
    }
}
