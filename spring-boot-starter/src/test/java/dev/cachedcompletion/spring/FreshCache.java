package dev.cachedcompletion.spring;

import dev.cachedcompletion.CachedCompletions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The cache is one per class loader, shared by every context of the test JVM: each test starts with
 * an empty memory store and zero counters, and leaves the JVM's configuration as it found it.
 */
class FreshCache implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CachedCompletions.useStore("memory");
        CachedCompletions.useConfiguredMode();
        CachedCompletions.resetStatistics();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        CachedCompletions.useConfiguredStore();
        CachedCompletions.useConfiguredMode();
    }
}
