package dev.cachedcompletion.internal.config;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreProvider;
import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoreSpecException;
import java.util.Map;
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
                        + (spec.scheme().equals("redis") || spec.scheme().equals("rediss")
                                ? " (add the cached-completion-redis artifact to the class path)" : ""));
            }
            return provider.open(spec);
        } catch (StoreSpecException e) {
            throw new CacheConfigurationException(source + "=\"" + text + "\" is not a valid cache store: "
                    + e.getMessage() + ". Valid forms: " + validForms(providers)
                    + ". Set it with -D" + PROPERTY + "=... or the " + ENVIRONMENT + " environment variable.");
        }
    }

    private static String validForms(Map<String, StoreProvider> providers) {
        StringJoiner forms = new StringJoiner(" | ");
        providers.values().forEach(p -> forms.add(p.usage()));
        return forms.toString();
    }

    private static Map<String, StoreProvider> providers() {
        Map<String, StoreProvider> byScheme = new TreeMap<>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            ServiceLoader.load(StoreProvider.class, context).forEach(p -> byScheme.putIfAbsent(p.scheme(), p));
        }
        ServiceLoader.load(StoreProvider.class, StoreProvider.class.getClassLoader())
                .forEach(p -> byScheme.putIfAbsent(p.scheme(), p));
        return byScheme;
    }
}
