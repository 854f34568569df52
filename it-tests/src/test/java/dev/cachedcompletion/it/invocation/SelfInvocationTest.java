package dev.cachedcompletion.it.invocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A call through {@code this} is cached like any other (a proxy-based cache would bypass it). */
class SelfInvocationTest {

    private final SelfCallingService service = new SelfCallingService();

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void anUncachedMethodCallingACachedOneOfThisHits() {
        String drafts = service.twoDrafts("tides");
        assertThat(service.outlineCalls).hasValue(1);
        assertThat(drafts).isEqualTo("outline #1 of tides / outline #1 of tides");
    }

    @Test
    void aCachedMethodCallingAnotherCachedOneOfThisHitsBoth() {
        String outline = service.outline("tides");
        String essay = service.essay("tides");
        assertThat(essay).isEqualTo("essay on " + outline);
        assertThat(service.outlineCalls).hasValue(1);
        assertThat(service.essay("tides")).isEqualTo(essay);
        assertThat(service.essayCalls).hasValue(1);
    }
}
