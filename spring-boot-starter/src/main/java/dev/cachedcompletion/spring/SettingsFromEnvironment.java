package dev.cachedcompletion.spring;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.TokenPrices;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.OriginLookup;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Reads {@code cachedcompletion.store}, {@code cachedcompletion.mode} and {@code cachedcompletion.prices} from the Spring
 * {@link Environment} when the context starts, and uses them for the one cache of this class loader.
 * The environment already holds the system properties and the environment variables, so Spring's
 * order decides: command-line arguments, then {@code -D} system properties, then environment
 * variables ({@code CACHEDCOMPLETION_STORE}), then {@code application-<profile>.yml}, then
 * {@code application.yml}. A setting absent from all of them is left to the runtime's own default.
 *
 * <p>A malformed value stops the context with a message naming the property, where it came from,
 * the value (without a password) and the valid forms. When the context closes, the store it opened
 * is closed and the cache goes back to the JVM's own configuration.
 */
final class SettingsFromEnvironment implements InitializingBean, DisposableBean {

    static final String STORE = "cachedcompletion.store";
    static final String MODE = "cachedcompletion.mode";
    static final String PRICES = "cachedcompletion.prices";

    private final Environment environment;
    private boolean storeSet;
    private boolean modeSet;
    private boolean pricesSet;

    SettingsFromEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() {
        String store = environment.getProperty(STORE);
        if (store != null) {
            CachedCompletions.useStore(store, STORE + " (" + sourceOf(STORE) + ")");
            storeSet = true;
        }
        String mode = environment.getProperty(MODE);
        if (mode != null) {
            CachedCompletions.useMode(parseMode(mode));
            modeSet = true;
        }
        String prices = environment.getProperty(PRICES);
        if (prices != null) {
            CachedCompletions.usePrices(parsePrices(prices));
            pricesSet = true;
        }
    }

    private TokenPrices parsePrices(String text) {
        try {
            return TokenPrices.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CacheConfigurationException(PRICES + "=\"" + text + "\" (" + sourceOf(PRICES)
                    + ") is not a valid price list (" + e.getMessage() + "). Valid form: " + TokenPrices.FORMS + ".");
        }
    }

    private CacheMode parseMode(String text) {
        try {
            return CacheMode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CacheConfigurationException(MODE + "=\"" + text + "\" (" + sourceOf(MODE)
                    + ") is not a valid cache mode. Valid forms: " + CacheMode.validForms() + ".");
        }
    }

    /**
     * Which of Spring's property sources gave the value — a file and line where Spring knows them — so
     * that a bad value can be found. Skips the view Spring Boot puts in front of all the others.
     */
    private String sourceOf(String property) {
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (PropertySource<?> source : configurable.getPropertySources()) {
                if (!ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)
                        && source.containsProperty(property)) {
                    Origin origin = OriginLookup.getOrigin(source, property);
                    return "from " + (origin != null ? origin : source.getName());
                }
            }
        }
        return "from the Spring environment";
    }

    @Override
    public void destroy() {
        if (storeSet) {
            CachedCompletions.useConfiguredStore();
        }
        if (modeSet) {
            CachedCompletions.useConfiguredMode();
        }
        if (pricesSet) {
            CachedCompletions.useConfiguredPrices();
        }
    }
}
