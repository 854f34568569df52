package dev.cachedcompletion.it.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Per-method counters, looked up by the method identity: the name attribute, else the signature. */
class StatisticsTest {

    private static final String SIGNATURE = "dev.cachedcompletion.it.stats.StatsService#bySignature(java.lang.String,int)";

    private final StatsService service = new StatsService();

    @BeforeEach
    void freshStoreAndCounters() {
        CachedCompletions.useStore("memory");
        CachedCompletions.resetStatistics();
    }

    @Test
    void countsHitsAndMissesOfAKnownSequence() {
        service.named("a"); // miss
        service.named("a"); // hit
        service.named("b"); // miss
        service.named("a"); // hit
        service.named("b"); // hit
        service.bySignature("a", 1); // miss
        service.bySignature("a", 1); // hit
        service.bySignature("a", 2); // miss

        assertThat(CachedCompletions.statistics(StatsService.NAME))
                .isEqualTo(new CompletionStatistics(StatsService.NAME, 3, 2, 0));
        assertThat(CachedCompletions.statistics(SIGNATURE))
                .isEqualTo(new CompletionStatistics(SIGNATURE, 1, 2, 0));
        assertThat(CachedCompletions.statistics()).extracting(CompletionStatistics::method)
                .contains(StatsService.NAME, SIGNATURE);
    }

    @Test
    void resetStatisticsStartsTheCountersAgain() {
        service.named("a");
        service.named("a");
        CachedCompletions.resetStatistics();
        service.named("a");
        assertThat(CachedCompletions.statistics(StatsService.NAME))
                .isEqualTo(new CompletionStatistics(StatsService.NAME, 1, 0, 0));
    }
}
