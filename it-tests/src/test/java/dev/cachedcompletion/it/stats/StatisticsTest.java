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
                .extracting(CompletionStatistics::method, CompletionStatistics::hits, CompletionStatistics::misses,
                        CompletionStatistics::errors).containsExactly(StatsService.NAME, 3L, 2L, 0L);
        assertThat(CachedCompletions.statistics(SIGNATURE))
                .extracting(CompletionStatistics::method, CompletionStatistics::hits, CompletionStatistics::misses,
                        CompletionStatistics::errors).containsExactly(SIGNATURE, 1L, 2L, 0L);
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
                .extracting(CompletionStatistics::method, CompletionStatistics::hits, CompletionStatistics::misses,
                        CompletionStatistics::errors).containsExactly(StatsService.NAME, 1L, 0L, 0L);
    }
}
