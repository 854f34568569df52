package dev.cachedcompletion.it.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.it.StoreKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code name}, {@code model} and {@code version} are part of the key: entries written by a build of
 * the method with another value of one of them are not returned. Each test also plants an entry
 * exactly as the method's own build writes it and checks that it is returned, so a mistake in the
 * planting cannot make the test pass.
 */
class NameModelVersionTest {

    private static final String SIGNATURE = "dev.cachedcompletion.it.key.NamedService#ask(java.lang.String)";

    @TempDir
    Path dir;

    private final NamedService service = new NamedService();
    private final int shape = new NamedService_CachedCompletion().site("ask(java.lang.String)").valueShape();

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void anEntryOfAnotherVersionIsNotReturned(StoreKind store) {
        assertOnlyOwnEntryIsReturned(store, new PlantedSite(NamedService.NAME, NamedService.VERSION - 1,
                NamedService.MODEL, shape));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void anEntryOfAnotherModelIsNotReturned(StoreKind store) {
        assertOnlyOwnEntryIsReturned(store, new PlantedSite(NamedService.NAME, NamedService.VERSION,
                "openai:gpt-4o;temperature=0", shape));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void anEntryOfAnotherNameIsNotReturned(StoreKind store) {
        assertOnlyOwnEntryIsReturned(store, new PlantedSite("it.named.ask-old", NamedService.VERSION,
                NamedService.MODEL, shape));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void theSignatureIsNotTheIdentityOnceANameIsSet(StoreKind store) {
        assertOnlyOwnEntryIsReturned(store, new PlantedSite(SIGNATURE, NamedService.VERSION,
                NamedService.MODEL, shape));
    }

    private void assertOnlyOwnEntryIsReturned(StoreKind store, PlantedSite other) {
        store.useFresh(dir);
        new PlantedSite(NamedService.NAME, NamedService.VERSION, NamedService.MODEL, shape)
                .plant("own question", "planted by this build");
        other.plant("other question", "planted by another build");

        assertThat(service.ask("own question")).isEqualTo("planted by this build");
        assertThat(service.calls).hasValue(0);
        assertThat(service.ask("other question")).isEqualTo("#1 other question");
    }
}
