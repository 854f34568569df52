package dev.cachedcompletion.internal.config;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.TokenPrices;

/**
 * The token prices of the statistics: {@code cachedcompletion.prices} (or
 * {@code CACHEDCOMPLETION_PRICES}), none by default. Read when statistics are read; a malformed
 * value makes reading them throw, naming the property, the value and the valid forms. Calls never
 * read it. Thread-safe.
 */
public final class PriceSelection {

    public static final String PROPERTY = "cachedcompletion.prices";
    public static final String ENVIRONMENT = "CACHEDCOMPLETION_PRICES";

    private static final PriceSelection GLOBAL = new PriceSelection();

    private final ConfiguredSetting<TokenPrices> configured = new ConfiguredSetting<>(PROPERTY, ENVIRONMENT,
            TokenPrices.NONE, TokenPrices::parse, (source, value, problem) -> source + "='" + value
                    + "' is not a valid price list (" + problem + "). Valid form: " + TokenPrices.FORMS + ".");

    public static PriceSelection global() {
        return GLOBAL;
    }

    /** The prices; throws {@link CacheConfigurationException} while the configured value is malformed. */
    public TokenPrices current() {
        return configured.current();
    }

    /** Sets the prices for the whole JVM, in place of the property. */
    public void use(TokenPrices prices) {
        configured.use(prices);
    }

    /** Forgets the set prices; the property is read again. */
    public void reset() {
        configured.reset();
    }
}
