package dev.cachedcompletion.internal;

/** The original method body, as the aspect hands it over: {@code proceed()}. */
@FunctionalInterface
public interface Invocation {

    /** Runs the body; its exceptions propagate unchanged. */
    Object proceed() throws Throwable;
}
