package dev.cachedcompletion.cli;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreSpec;

/**
 * Finds the store the way the library does — {@code --store}, then {@code -Dcachedcompletion.store},
 * then {@code CACHEDCOMPLETION_STORE} — and opens it through the same {@code ServiceLoader} providers.
 * Unlike the library, there is no {@code memory} default: a memory store lives inside the
 * application's JVM, where no other process can see it.
 */
final class StoreArgument {

    private static final String EXAMPLE = "--store sqlite:.completions.db";

    private StoreArgument() {
    }

    static BrowsableStore open(String option, Context context) {
        String text = option;
        String source = "--store";
        if (text == null) {
            text = context.properties().apply(StoreFactory.PROPERTY);
            source = "-D" + StoreFactory.PROPERTY;
        }
        if (text == null) {
            text = context.environment().apply(StoreFactory.ENVIRONMENT);
            source = StoreFactory.ENVIRONMENT;
        }
        if (text == null) {
            throw new UsageError("no store given: pass " + EXAMPLE + " (any sqlite:<path>), or set -D"
                    + StoreFactory.PROPERTY + " or " + StoreFactory.ENVIRONMENT + " as for the application.");
        }
        CompletionStore store;
        try {
            store = StoreFactory.open(text, source);
        } catch (CacheConfigurationException e) {
            throw new UsageError(e.getMessage());
        }
        if (store instanceof BrowsableStore) {
            return (BrowsableStore) store;
        }
        store.close();
        throw new UsageError(source + "=\"" + StoreSpec.redact(text) + "\": this tool cannot list, export, import or clear the "
                + "entries of this store: " + whyNotBrowsable(StoreSpec.parse(text).scheme())
                + ". Pass a store kept in a file, such as " + EXAMPLE + ".");
    }

    private static String whyNotBrowsable(String scheme) {
        switch (scheme) {
            case "memory":
                return "a memory store lives inside the JVM of the application that uses it";
            case "none":
                return "'none' stores nothing";
            default:
                return "the '" + scheme + "' store does not implement " + BrowsableStore.class.getName();
        }
    }
}
