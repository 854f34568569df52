package dev.cachedcompletion.internal.config;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreProvider;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoreSpecException;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.StringJoiner;
import java.util.TreeMap;

/** Opens the store a spec names, through the {@link StoreProvider}s on the class path. */
public final class StoreFactory {

    /** The system property that selects the store. */
    public static final String PROPERTY = "cachedcompletion.store";
    /** The environment variable read when the property is not set. */
    public static final String ENVIRONMENT = "CACHEDCOMPLETION_STORE";

    private StoreFactory() {
    }

    /**
     * The store for {@code text}, or a {@link CacheConfigurationException} naming {@code source}
     * (the property or variable the text came from), the value, the problem and the valid forms.
     */
    public static CompletionStore open(String text, String source) {
        Map<String, StoreProvider> providers = providers();
        try {
            StoreSpec spec = StoreSpec.parse(text);
            StoreProvider provider = providers.get(spec.scheme());
            if (provider == null) {
                throw new StoreSpecException("unknown store '" + spec.scheme() + "'"
                        + (spec.scheme().startsWith("redis")
                                ? " (add the cached-completion-redis artifact to the class path)" : ""));
            }
            return provider.open(spec);
        } catch (StoreSpecException e) {
            throw new CacheConfigurationException(source + "=\"" + StoreSpec.redact(text) + "\" is not a valid "
                    + "cache store: " + StoreSpec.redact(e.getMessage(), text) + ". Valid forms: " + validForms(providers)
                    + ". Set it with -D" + PROPERTY + "=... or the " + ENVIRONMENT + " environment variable.");
        }
    }

    private static String validForms(Map<String, StoreProvider> providers) {
        StringJoiner forms = new StringJoiner(" | ");
        providers.values().forEach(p -> forms.add(p.usage()));
        return forms.toString();
    }

    /**
     * The providers on the class path by scheme, the context class loader's first. A provider that
     * cannot be loaded or instantiated is a {@link CacheConfigurationException} naming it, not a
     * {@link ServiceConfigurationError} out of a business call: the class path is broken, and which
     * schemes it would have served cannot be known.
     */
    private static Map<String, StoreProvider> providers() {
        Map<String, StoreProvider> byScheme = new TreeMap<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            addProviders(context, byScheme);
        }
        addProviders(StoreProvider.class.getClassLoader(), byScheme);
        return byScheme;
    }

    private static void addProviders(ClassLoader loader, Map<String, StoreProvider> byScheme) {
        Iterator<ServiceLoader.Provider<StoreProvider>> found = ServiceLoader.load(StoreProvider.class, loader)
                .stream().iterator();
        while (true) {
            ServiceLoader.Provider<StoreProvider> provider;
            try {
                if (!found.hasNext()) {
                    return;
                }
                provider = found.next();
            } catch (ServiceConfigurationError e) {
                // The JDK's message names the class listed in META-INF/services that failed to load.
                throw brokenProvider("a class listed in META-INF/services/" + StoreProvider.class.getName(), e);
            }
            try {
                StoreProvider p = provider.get();
                byScheme.putIfAbsent(p.scheme(), p);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                throw brokenProvider("the store provider " + provider.type().getName(), e);
            }
        }
    }

    private static CacheConfigurationException brokenProvider(String what, Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        CacheConfigurationException failure = new CacheConfigurationException(what + " on the class path cannot "
                + "be loaded, so no cache store can be chosen: " + e.getMessage()
                + (cause != e ? " (" + cause + ")" : "") + ". Remove the jar that holds it, or fix it.");
        failure.initCause(e);
        return failure;
    }
}
