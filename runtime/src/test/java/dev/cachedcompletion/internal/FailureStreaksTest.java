package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.testing.CapturedLog;
import dev.cachedcompletion.testing.SyntheticSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One failure streak per method and operation: one WARNING when it starts, one INFO when it ends. */
class FailureStreaksTest {

    private final StoreSelection stores = new StoreSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, new ModeSelection());
    private final CapturedLog log = new CapturedLog();

    FailureStreaksTest() {
        stores.use(StoreFactory.open("memory", "test"));
    }

    @AfterEach
    void detachLog() {
        log.close();
    }

    @Test
    void aMethodThatNeverEncodesWarnsOnceWhileAHealthyMethodRunsBesideIt() throws Throwable {
        ResolvedSite broken = engine.resolve(ScriptedSite.encodingFails("streaks.Service#broken(java.lang.String)", false,
                () -> new IllegalStateException("no serializer")));
        ResolvedSite healthy = engine.resolve(SyntheticSite.strings("streaks.Service#healthy(java.lang.String)", 1));

        for (int i = 0; i < 100; i++) {
            engine.call(broken, null, new Object[] {"q" + i}, () -> "unencodable");
            engine.call(healthy, null, new Object[] {"q" + i}, () -> "fine");
        }

        // Before: the healthy method's encodes ended the streak each time: 100 WARNINGs and 100 INFOs.
        assertThat(log.warnings()).singleElement().asString().contains("streaks.Service#broken");
        assertThat(log.infos()).isEmpty();
        assertThat(broken.stats.errors()).isEqualTo(100);
    }

    @Test
    void keyFailuresAreLoggedAgainAfterTheKeyWorkedInBetween() throws Throwable {
        ResolvedSite ask = engine.resolve(ScriptedSite.keyFailsFor("streaks.Service#ask(java.lang.Object)",
                arg -> arg.equals("unkeyable")));

        engine.call(ask, null, new Object[] {"unkeyable"}, () -> "a");
        engine.call(ask, null, new Object[] {"unkeyable"}, () -> "a");
        engine.call(ask, null, new Object[] {"fine"}, () -> "b");
        engine.call(ask, null, new Object[] {"unkeyable"}, () -> "c");

        // Before: after the first key failure in a JVM, no later key failure was ever logged.
        assertThat(log.warnings()).hasSize(2).allSatisfy(m -> assertThat(m).contains("building a cache key"));
        assertThat(log.infos()).singleElement().asString().contains("works again");
    }
}
