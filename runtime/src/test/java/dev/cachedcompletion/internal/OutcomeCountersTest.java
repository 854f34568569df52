package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-method counters meters read: one counter per outcome, and a listener told of every method. */
class OutcomeCountersTest {

    private final StoreSelection stores = new StoreSelection();
    private final ModeSelection modes = new ModeSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, modes);

    OutcomeCountersTest() {
        stores.use(StoreFactory.open("memory", "test"));
    }

    @Test
    void eachOutcomeHasItsOwnCounter() throws Throwable {
        ResolvedSite ask = engine.resolve(SyntheticSite.strings("counters.Service#ask(java.lang.String)", 1));
        engine.call(ask, null, new Object[] {"q"}, () -> "answer");
        engine.call(ask, null, new Object[] {"q"}, () -> "answer");
        try (var off = modes.open(CacheMode.OFF)) {
            engine.call(ask, null, new Object[] {"q"}, () -> "answer");
        }

        MethodStats stats = ask.stats;
        assertThat(stats.misses()).as("misses").isEqualTo(1);
        assertThat(stats.storeHits()).as("store hits").isEqualTo(1);
        assertThat(stats.sharedAnswers()).as("shared").isZero();
        assertThat(stats.hits()).as("hits, store and shared").isEqualTo(1);
        assertThat(stats.bypassed()).as("bypassed").isEqualTo(1);
        assertThat(stats.timedModelCalls()).as("timed model calls").isEqualTo(1);
        assertThat(stats.modelCallNanos()).isPositive();
    }

    @Test
    void aListenerIsToldOfKnownMethodsAndOfEachNewOneUntilItStops() {
        engine.resolve(SyntheticSite.strings("counters.Service#first(java.lang.String)", 1));
        List<String> told = new ArrayList<>();
        Runnable stop = engine.listenToStatistics(stats -> told.add(stats.method()));
        engine.resolve(SyntheticSite.strings("counters.Service#second(java.lang.String)", 1));
        engine.resolve(SyntheticSite.strings("counters.Service#second(java.lang.String)", 1));
        stop.run();
        engine.resolve(SyntheticSite.strings("counters.Service#third(java.lang.String)", 1));

        assertThat(told).containsExactly("counters.Service#first(java.lang.String)",
                "counters.Service#second(java.lang.String)");
    }

    @Test
    void aFailingListenerDoesNotFailTheCall() throws Throwable {
        engine.listenToStatistics(stats -> {
            throw new IllegalStateException("registry closed");
        });
        ResolvedSite ask = engine.resolve(SyntheticSite.strings("counters.Service#late(java.lang.String)", 1));

        assertThat(engine.call(ask, null, new Object[] {"q"}, () -> "answer")).isEqualTo("answer");
    }
}
