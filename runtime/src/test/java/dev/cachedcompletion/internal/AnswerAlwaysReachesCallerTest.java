package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.testing.CapturedLog;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing the cache does with an answer — encoding, storing, counting — keeps it from the caller:
 * an {@code Error} while encoding, or a codec that cannot be set up, is a cache failure, counted and
 * logged, and the call returns (or its future completes with) the body's answer.
 */
class AnswerAlwaysReachesCallerTest {

    private final StoreSelection stores = new StoreSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, new ModeSelection());
    private final AtomicInteger bodyRuns = new AtomicInteger();
    private final CapturedLog log = new CapturedLog();

    AnswerAlwaysReachesCallerTest() {
        stores.use(StoreFactory.open("memory", "test"));
    }

    @AfterEach
    void detachLog() {
        log.close();
    }

    @Test
    void anErrorWhileEncodingStillReturnsThePaidForAnswer() throws Throwable {
        ResolvedSite deep = engine.resolve(ScriptedSite.encodingFails("reach.Service#deep(java.lang.String)", false,
                StackOverflowError::new));

        Object first = engine.call(deep, null, new Object[] {"q"}, () -> "answer " + bodyRuns.incrementAndGet());
        Object second = engine.call(deep, null, new Object[] {"q"}, () -> "answer " + bodyRuns.incrementAndGet());

        assertThat(first).isEqualTo("answer 1");
        assertThat(second).as("nothing could be stored, so the model is asked again").isEqualTo("answer 2");
        assertThat(deep.stats.errors()).isEqualTo(2);
        assertThat(log.warnings()).singleElement().asString().contains("encoding").contains("StackOverflowError");
    }

    @Test
    void anErrorWhileEncodingAnAsyncAnswerCompletesTheFutureAndFreesTheKey() throws Throwable {
        ResolvedSite deep = engine.resolve(ScriptedSite.encodingFails("reach.Service#deepAsync(java.lang.String)", true,
                () -> new AssertionError("an accessor's assertion")));

        for (int i = 1; i <= 3; i++) {
            CompletableFuture<?> answer = (CompletableFuture<?>) engine.call(deep, null, new Object[] {"q"},
                    () -> CompletableFuture.supplyAsync(() -> "answer " + bodyRuns.incrementAndGet()));
            // Before: the first future never completed, and every later call with the key joined it and hung too.
            assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("answer " + i);
        }
        assertThat(bodyRuns).hasValue(3);
    }

    @Test
    void aCodecThatCannotBeSetUpLeavesTheMethodWorkingUncached() throws Throwable {
        ResolvedSite clashing;
        try (CapturedLog setUp = new CapturedLog()) {
            clashing = engine.resolve(ScriptedSite.codecSetUpFails("reach.Service#clashing(java.lang.String)"));
            assertThat(setUp.warnings()).singleElement().asString()
                    .contains("reach.Service#clashing(java.lang.String)").contains("runs uncached")
                    .contains("NoSuchMethodError");
        }

        for (int i = 1; i <= 3; i++) {
            Object answer = engine.call(clashing, null, new Object[] {"q"}, () -> "answer " + bodyRuns.incrementAndGet());
            assertThat(answer).isEqualTo("answer " + i);
            assertThat(LastOutcome.get()).isEqualTo(CacheOutcome.MISS);
        }
        assertThat(clashing.stats.misses()).isEqualTo(3);
        assertThat(clashing.stats.errors()).isEqualTo(3);
    }
}
