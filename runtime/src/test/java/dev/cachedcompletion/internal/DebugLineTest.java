package dev.cachedcompletion.internal;

import dev.cachedcompletion.testing.CapturedLog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.testing.SyntheticSite;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** At debug level, every lookup writes one line: outcome, method and short key. */
class DebugLineTest {

    private static final Logger LOGGER = Logger.getLogger("dev.cachedcompletion");

    @Test
    void oneLinePerLookupWithOutcomeMethodAndShortKey() throws Throwable {
        StoreSelection stores = new StoreSelection();
        stores.use(StoreFactory.open("memory", "test"));
        CompletionEngine engine = new CompletionEngine(stores, new ModeSelection());
        ResolvedSite ask = engine.resolve(SyntheticSite.strings("debug.Service#ask(java.lang.String)", 1));
        String shortKey = ask.method.key(null, new Object[] {"q"}).shortDigest();
        Level before = LOGGER.getLevel();
        LOGGER.setLevel(Level.ALL);
        try (CapturedLog log = new CapturedLog()) {
            engine.call(ask, null, new Object[] {"q"}, () -> "a");
            engine.call(ask, null, new Object[] {"q"}, () -> "a");

            assertThat(log.messagesAt(Level.FINE)).containsExactly(
                    "cached-completion: MISS debug.Service#ask(java.lang.String) key " + shortKey,
                    "cached-completion: HIT debug.Service#ask(java.lang.String) key " + shortKey);
        } finally {
            LOGGER.setLevel(before);
            stores.reset();
        }
    }
}
