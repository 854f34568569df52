package dev.cachedcompletion.spring;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.CachedCompletions;

/** The store and mode in use, as text that never throws: a misconfiguration is shown, not raised. */
final class StoreStatus {

    private StoreStatus() {
    }

    static String describeStore() {
        try {
            return CachedCompletions.store().describe();
        } catch (CacheConfigurationException e) {
            return "misconfigured: " + e.getMessage();
        }
    }

    static String describeMode() {
        try {
            return CachedCompletions.mode().text();
        } catch (CacheConfigurationException e) {
            return "misconfigured: " + e.getMessage();
        }
    }
}
