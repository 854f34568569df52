package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CacheScope;
import dev.cachedcompletion.ReplayMissException;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each cache mode reads, writes, bypasses or refuses exactly as documented, globally and in scopes. */
class CacheModesTest {

    private final StoreSelection stores = new StoreSelection();
    private final ModeSelection modes = new ModeSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, modes);
    private final ScriptedStore store = new ScriptedStore(StoreFactory.open("memory", "test"));
    private final ResolvedSite ask = engine.resolve(SyntheticSite.strings("modes.Service#ask(java.lang.String)", 1));
    private final AtomicInteger bodyRuns = new AtomicInteger();

    CacheModesTest() {
        stores.use(store);
    }

    @AfterEach
    void closeStore() {
        stores.reset();
        System.clearProperty(ModeSelection.PROPERTY);
    }

    @Test
    void readWriteIsTheDefault() throws Throwable {
        assertThat(modes.current()).isEqualTo(CacheMode.READ_WRITE);
        assertThat(call("q", "a")).isEqualTo("a");
        assertThat(call("q", "b")).isEqualTo("a");
        assertThat(bodyRuns).hasValue(1);
    }

    @Test
    void readOnlyAnswersFromTheStoreButNeverWrites() throws Throwable {
        call("recorded", "old");
        modes.use(CacheMode.READ_ONLY);

        assertThat(call("recorded", "new")).as("existing entries are still answered").isEqualTo("old");
        assertThat(call("unrecorded", "x")).isEqualTo("x");
        assertThat(call("unrecorded", "y")).as("nothing was written").isEqualTo("y");
        assertThat(bodyRuns).hasValue(3);
    }

    @Test
    void refreshAlwaysCallsTheModelAndOverwrites() throws Throwable {
        call("q", "old");
        modes.use(CacheMode.REFRESH);
        int lookupsBefore = store.gets.get();

        assertThat(call("q", "new")).isEqualTo("new");
        assertThat(store.gets.get()).as("refresh does not read").isEqualTo(lookupsBefore);
        modes.use(CacheMode.READ_WRITE);
        assertThat(call("q", "unused")).as("the refreshed answer replaced the old one").isEqualTo("new");
        assertThat(bodyRuns).hasValue(2);
    }

    @Test
    void offNeitherReadsNorWrites() throws Throwable {
        call("q", "stored");
        modes.use(CacheMode.OFF);
        int lookupsBefore = store.gets.get();

        assertThat(call("q", "live")).isEqualTo("live");
        assertThat(call("other", "live")).isEqualTo("live");
        assertThat(store.gets.get()).isEqualTo(lookupsBefore);
        assertThat(CachedOutcome.last()).isEqualTo(CacheOutcome.BYPASSED);
        modes.use(CacheMode.READ_WRITE);
        assertThat(call("other", "fresh")).as("off wrote nothing").isEqualTo("fresh");
    }

    @Test
    void replayAnswersRecordedCallsAndRefusesTheOthersWithoutCallingTheModel() throws Throwable {
        call("recorded", "answer");
        modes.use(CacheMode.REPLAY);

        assertThat(call("recorded", "unused")).isEqualTo("answer");
        assertThatThrownBy(() -> call("never recorded", "must not run"))
                .isInstanceOf(ReplayMissException.class)
                .hasMessageContaining("modes.Service#ask(java.lang.String)")
                .hasMessageContaining("key " + ask.method.key(null, new Object[] {"never recorded"}).shortDigest())
                .hasMessageContaining("The model was not called")
                .hasMessageContaining("-Dcachedcompletion.mode=read-write");
        assertThat(bodyRuns).as("only the recording call ran the body").hasValue(1);
    }

    @Test
    void aScopeOverridesTheModeOnItsThreadOnlyAndNests() throws Throwable {
        call("recorded", "answer");
        try (CacheScope replay = modes.open(CacheMode.REPLAY)) {
            assertThatThrownBy(() -> call("new", "x")).isInstanceOf(ReplayMissException.class);
            CompletableFuture<CacheMode> otherThread = CompletableFuture.supplyAsync(modes::current);
            assertThat(otherThread.get()).as("other threads keep the configured mode").isEqualTo(CacheMode.READ_WRITE);
            try (CacheScope off = modes.open(CacheMode.OFF)) {
                assertThat(modes.current()).isEqualTo(CacheMode.OFF);
            }
            assertThat(modes.current()).as("closing a scope restores the enclosing one").isEqualTo(CacheMode.REPLAY);
        }
        assertThat(modes.current()).isEqualTo(CacheMode.READ_WRITE);
        assertThat(call("new", "x")).isEqualTo("x");
    }

    @Test
    void scopesMustBeClosedInReverseOrder() {
        CacheScope outer = modes.open(CacheMode.REPLAY);
        CacheScope inner = modes.open(CacheMode.OFF);
        assertThatThrownBy(outer::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("reverse order");
        inner.close();
        outer.close();
        assertThat(modes.current()).isEqualTo(CacheMode.READ_WRITE);
    }

    @Test
    void aMalformedModePropertyFailsEveryCallAndNamesTheValidForms() {
        System.setProperty(ModeSelection.PROPERTY, "replay-ish");
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> call("q", "a"))
                    .isInstanceOf(CacheConfigurationException.class)
                    .hasMessageContaining("-Dcachedcompletion.mode=\"replay-ish\"")
                    .hasMessageContaining("read-write | read-only | refresh | off | replay");
        }
        assertThat(bodyRuns).hasValue(0);
    }

    @Test
    void propertyValuesAreReadInAnyCaseWithDashesOrUnderscores() {
        System.setProperty(ModeSelection.PROPERTY, "READ_ONLY");
        assertThat(new ModeSelection().current()).isEqualTo(CacheMode.READ_ONLY);
        System.setProperty(ModeSelection.PROPERTY, "read-only");
        assertThat(new ModeSelection().current()).isEqualTo(CacheMode.READ_ONLY);
    }

    @Test
    void lastOutcomeTellsTheCallerWhereItsAnswerCameFrom() throws Throwable {
        call("q", "a");
        assertThat(CachedOutcome.last()).isEqualTo(CacheOutcome.MISS);
        call("q", "a");
        assertThat(CachedOutcome.last()).isEqualTo(CacheOutcome.HIT);
        assertThat(CachedOutcome.last().fromCache()).isTrue();
    }

    @Test
    void timeSavedIsTheMeanModelCallTimesTheHits() throws Throwable {
        engine.call(ask, null, new Object[] {"slow"}, () -> {
            Thread.sleep(50);
            return "a";
        });
        for (int i = 0; i < 3; i++) {
            call("slow", "unused");
        }
        assertThat(ask.stats.meanMissNanos()).isGreaterThanOrEqualTo(50_000_000L);
        assertThat(ask.stats.timeSavedNanos()).isEqualTo(3 * ask.stats.meanMissNanos());
    }

    private Object call(String prompt, String answer) throws Throwable {
        return engine.call(ask, null, new Object[] {prompt}, () -> {
            bodyRuns.incrementAndGet();
            return answer;
        });
    }

    /** The thread-local outcome the public {@code CachedCompletions.lastOutcome()} reads. */
    private static final class CachedOutcome {
        static CacheOutcome last() {
            return LastOutcome.get();
        }
    }
}
