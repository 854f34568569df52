package dev.cachedcompletion.internal.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoreProvider;
import dev.cachedcompletion.spi.StoreSpec;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken store provider on the class path once threw {@code ServiceConfigurationError} out of the
 * first cached call. It is a configuration error that names the provider's class.
 */
class BrokenStoreProviderTest {

    /** Listed as a provider by the tests; fails as a provider with a bug in its constructor would. */
    public static final class ThrowingProvider implements StoreProvider {
        public ThrowingProvider() {
            throw new IllegalStateException("no license key");
        }

        @Override
        public String scheme() {
            return "throwing";
        }

        @Override
        public String usage() {
            return "throwing";
        }

        @Override
        public CompletionStore open(StoreSpec spec) {
            throw new UnsupportedOperationException();
        }
    }

    @TempDir
    Path dir;

    @Test
    void aProviderThatThrowsIsAConfigurationErrorNamingIt() throws IOException {
        assertThatThrownBy(() -> openWithProviderListed(ThrowingProvider.class.getName()))
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("the store provider " + ThrowingProvider.class.getName())
                .hasMessageContaining("no license key");
    }

    @Test
    void aProviderThatIsMissingIsAConfigurationErrorNamingIt() throws IOException {
        assertThatThrownBy(() -> openWithProviderListed("com.example.GoneStoreProvider"))
                .isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("com.example.GoneStoreProvider");
    }

    /** Opens the memory store with a context class loader that also lists {@code providerClass}. */
    private void openWithProviderListed(String providerClass) throws IOException {
        Path services = dir.resolve("META-INF/services/" + StoreProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, providerClass + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            StoreFactory.open("memory", "-D" + StoreFactory.PROPERTY).close();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
