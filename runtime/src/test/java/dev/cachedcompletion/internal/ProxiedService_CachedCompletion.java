package dev.cachedcompletion.internal;

import dev.cachedcompletion.support.GeneratedKeys;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.testing.SyntheticSite;

/** What the processor would generate for {@link ProxiedService}, written by hand. */
public final class ProxiedService_CachedCompletion implements GeneratedKeys {

    static final String IDENTITY = "dev.cachedcompletion.internal.ProxiedService#ask(java.lang.String)";
    private static final MethodSite ASK = SyntheticSite.strings(IDENTITY, 1);

    @Override
    public MethodSite site(String descriptor) {
        return descriptor.equals("ask(java.lang.String)") ? ASK : null;
    }
}
