package dev.cachedcompletion.internal.config;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.spi.CompletionStore;

/**
 * The store in use. Read from {@code cachedcompletion.store} (or {@code CACHEDCOMPLETION_STORE})
 * once, at the first cached call, unless a store was set in code. A malformed value is kept as an
 * error that every cached call throws, so a misconfiguration cannot go unnoticed. Thread-safe.
 */
public final class StoreSelection {

    private static final StoreSelection GLOBAL = new StoreSelection();

    /** A {@link CompletionStore}, a {@link CacheConfigurationException}, or null before the first read. */
    private volatile Object current;

    public static StoreSelection global() {
        return GLOBAL;
    }

    /** The store to use; throws {@link CacheConfigurationException} while the configuration is malformed. */
    public CompletionStore current() {
        Object c = current;
        if (c instanceof CompletionStore) {
            return (CompletionStore) c;
        }
        return fromConfiguration();
    }

    private synchronized CompletionStore fromConfiguration() {
        if (current == null) {
            current = readConfiguration();
        }
        if (current instanceof CacheConfigurationException) {
            // A new exception per call, so each stack trace shows the call that was refused.
            throw new CacheConfigurationException(((CacheConfigurationException) current).getMessage());
        }
        return (CompletionStore) current;
    }

    private static Object readConfiguration() {
        String property = System.getProperty(StoreFactory.PROPERTY);
        String source = "-D" + StoreFactory.PROPERTY;
        if (property == null) {
            property = System.getenv(StoreFactory.ENVIRONMENT);
            source = StoreFactory.ENVIRONMENT;
        }
        if (property == null) {
            property = "memory";
            source = "the default";
        }
        try {
            return StoreFactory.open(property, source);
        } catch (CacheConfigurationException e) {
            return e;
        }
    }

    /** Opens the store {@code spec} names and uses it from now on; throws at once if malformed. */
    public void use(String spec) {
        use(StoreFactory.open(spec, "store spec"));
    }

    /** Uses {@code store} from now on, closing the previous store. */
    public synchronized void use(CompletionStore store) {
        if (store == null) {
            throw new NullPointerException("store");
        }
        Object previous = current;
        current = store;
        closeQuietly(previous);
    }

    /** Closes the current store and reads the property again at the next call. */
    public synchronized void reset() {
        Object previous = current;
        current = null;
        closeQuietly(previous);
    }

    private static void closeQuietly(Object previous) {
        if (previous instanceof CompletionStore) {
            try {
                ((CompletionStore) previous).close();
            } catch (RuntimeException ignored) {
                // Closing an abandoned store must not fail the switch to a new one.
            }
        }
    }
}
