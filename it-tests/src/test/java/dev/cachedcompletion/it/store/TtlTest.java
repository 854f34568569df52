package dev.cachedcompletion.it.store;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.it.StoreKind;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Entries expire after the annotation's ttl, else after the store's default ttl — not before. */
class TtlTest {

    private static final Duration TTL = Duration.ofMillis(300);
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private final TtlService service = new TtlService();

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void anEntryExpiresAfterTheAnnotationsTtl(StoreKind store) throws InterruptedException {
        store.useFresh(dir);
        long start = System.nanoTime();
        miss(service.calls, () -> service.shortLived("q"));
        long missedAt = Polling.callUntilMiss(service.calls, () -> service.shortLived("q"), DEADLINE);
        assertThat(Duration.ofNanos(missedAt - start)).isGreaterThanOrEqualTo(TTL);
        // The new answer is cached again.
        hit(service.calls, () -> service.shortLived("q"));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void theStoreDefaultTtlAppliesOnlyWhereTheAnnotationSetsNone(StoreKind store) throws InterruptedException {
        store.useFresh(dir, "ttl=300ms");
        long start = System.nanoTime();
        miss(service.calls, () -> service.longLived("q"));
        miss(service.calls, () -> service.storeDefault("q"));
        long missedAt = Polling.callUntilMiss(service.calls, () -> service.storeDefault("q"), DEADLINE);
        assertThat(Duration.ofNanos(missedAt - start)).isGreaterThanOrEqualTo(TTL);
        // ttl = "1h" in the annotation outlives the store's 300ms.
        hit(service.calls, () -> service.longLived("q"));
    }
}
