package dev.cachedcompletion.internal;

/**
 * Keeps one call from being cached twice when a class is both proxied (a Spring AOP advisor, which
 * intercepts through {@link CompletionEngine#call(java.lang.reflect.Method, Object, Object[], Invocation)})
 * and woven by the aspect: the proxy caches the call, and the woven method it then enters runs its
 * body at once.
 *
 * <p>The proxy marks its site on the calling thread just before it enters the method, and the woven
 * aspect takes the mark as it starts, so a call the body makes in turn — the same method with other
 * arguments, on this object or another — is intercepted as usual. Which class is woven is not
 * guessed from what ajc leaves in a class; a proxy whose target is not woven simply leaves its mark
 * to be cleared when the body returns.
 *
 * <p>This relies on the proxy's interceptor being the last before the target, so that the target
 * runs on the thread that marked it (the starter orders its advisor last). Thread-safe. Until a
 * proxy first hands a call over, the woven path pays one volatile read.
 */
final class HandOvers {

    private final ThreadLocal<ResolvedSite> marked = new ThreadLocal<>();
    private volatile boolean used;

    /** {@code body}, marking {@code site} on the thread that runs it while it runs. */
    Invocation marking(ResolvedSite site, Invocation body) {
        used = true;
        return new Invocation() {
            @Override
            public Object proceed() throws Throwable {
                ResolvedSite previous = marked.get();
                marked.set(site);
                try {
                    return body.proceed();
                } finally {
                    marked.set(previous);
                }
            }

            @Override
            public Object proceed(Object[] args) throws Throwable {
                ResolvedSite previous = marked.get();
                marked.set(site);
                try {
                    return body.proceed(args);
                } finally {
                    marked.set(previous);
                }
            }
        };
    }

    /** Whether a proxy has already cached this call of {@code site}; takes the mark if so. */
    boolean takeOver(ResolvedSite site) {
        if (!used || marked.get() != site) {
            return false;
        }
        marked.set(null);
        return true;
    }
}
