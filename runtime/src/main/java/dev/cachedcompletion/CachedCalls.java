package dev.cachedcompletion;

import dev.cachedcompletion.internal.CompletionEngine;
import dev.cachedcompletion.internal.Invocation;
import java.lang.reflect.Method;

/**
 * The way in for interception without AspectJ — a Spring AOP advisor, a dynamic proxy — to the same
 * engine, stores, modes and statistics as the woven aspect. Keys still come from the code the
 * processor generated for the method's class: a method whose class was not compiled with the
 * processor, or that is not {@code @CachedCompletion}, simply runs, uncached.
 *
 * <p>A class that is also woven is cached and counted once: the woven aspect sees that this call
 * already went through the cache and runs the body directly. That works when {@code body} runs the
 * method on the thread that called {@code call} (the interceptor closest to the target).
 */
public final class CachedCalls {

    private CachedCalls() {
    }

    /** The method body as the interception hands it over. */
    public interface Body {

        /** Runs the method with the original arguments; its exceptions propagate unchanged. */
        Object proceed() throws Throwable;

        /**
         * Runs the method with other arguments: for a streaming-handler method, the cache's recorder
         * in place of the caller's handler. The default throws {@link UnsupportedOperationException},
         * which fails such a call: implement it wherever the interception can set the arguments.
         */
        default Object proceed(Object[] args) throws Throwable {
            throw new UnsupportedOperationException("this interception cannot change a call's arguments");
        }
    }

    /**
     * Calls {@code method} on {@code target} through the cache: answers from the store, joins an
     * identical call in flight, or runs {@code body} and stores what it returns, exactly as a woven
     * call would.
     *
     * @param method the method as its class declares it (not an interface's, not a bridge)
     * @param target the object called, or {@code null} for a static method
     * @param args   the call's arguments; the key may keep them, so pass a copy the caller will not change
     * @param body   runs the method body
     * @return what the method returns, from the cache or from {@code body}
     * @throws Throwable what the body throws, unchanged; a cache failure is never thrown
     */
    public static Object call(Method method, Object target, Object[] args, Body body) throws Throwable {
        return CompletionEngine.global().call(method, target, args, new Invocation() {
            @Override
            public Object proceed() throws Throwable {
                return body.proceed();
            }

            @Override
            public Object proceed(Object[] replaced) throws Throwable {
                return body.proceed(replaced);
            }
        });
    }
}
