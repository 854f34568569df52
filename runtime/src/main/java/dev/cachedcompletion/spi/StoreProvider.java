package dev.cachedcompletion.spi;

/**
 * Opens a {@link CompletionStore} for one scheme of the {@code cachedcompletion.store} property.
 * Found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/dev.cachedcompletion.spi.StoreProvider}.
 */
public interface StoreProvider {

    /** The scheme this provider answers, such as {@code memory} or {@code sqlite}. */
    String scheme();

    /** The valid forms of a spec for this scheme, shown in configuration errors. */
    String usage();

    /**
     * Validates {@code spec} and returns a store for it. Must throw
     * {@link StoreSpecException} for a malformed spec, and should not fail because storage is
     * unavailable right now: a store that cannot reach its storage yet reports that per call.
     */
    CompletionStore open(StoreSpec spec);
}
