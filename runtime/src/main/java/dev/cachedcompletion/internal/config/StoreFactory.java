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
                        + (spec.scheme().startsWith("redis")
                                ? " (add the cached-completion-redis artifact to the class path)" : ""));
            }
            return provider.open(spec);
        } catch (StoreSpecException e) {
            throw new CacheConfigurationException(source + "=\"" + withoutCredentials(text) + "\" is not a valid "
                    + "cache store: " + withoutCredentials(e.getMessage()) + ". Valid forms: " + validForms(providers)
                    + ". Set it with -D" + PROPERTY + "=... or the " + ENVIRONMENT + " environment variable.");
        }
    }

    /**
     * {@code text} with the user info of a URL-like spec ({@code redis://user:password@host}) replaced
     * by {@code ***}, so that a password never reaches an exception message or a log. The user info
     * runs from {@code ://} to the last {@code @}, so a password with unencoded {@code @} or {@code /}
     * is hidden too.
     */
    static String withoutCredentials(String text) {
        if (text == null) {
            return null;
        }
        int start = text.indexOf("://");
        int at = text.lastIndexOf('@');
        if (start < 0 || at < start + 3) {
            return text;
        }
        return text.substring(0, start + 3) + "***" + text.substring(at);
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
