package dev.cachedcompletion;

/**
 * The store configuration cannot be used. Thrown by every {@link CachedCompletion} call while the
 * {@code cachedcompletion.store} property (or {@code CACHEDCOMPLETION_STORE}) holds a malformed
 * value, and at once by {@link CachedCompletions#useStore(String)}. The message names the property,
 * the value, what is wrong and the valid forms.
 */
public class CacheConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public CacheConfigurationException(String message) {
        super(message);
    }
}
