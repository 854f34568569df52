package dev.cachedcompletion.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.CompletionStatistics;
import dev.cachedcompletion.TokenPrices;
import dev.cachedcompletion.internal.codec.StoredUsageTest;
import dev.cachedcompletion.internal.config.ModeSelection;
import dev.cachedcompletion.internal.config.PriceSelection;
import dev.cachedcompletion.internal.config.StoreFactory;
import dev.cachedcompletion.internal.config.StoreSelection;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionCodec;
import dev.cachedcompletion.spi.TokenUsage;
import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.support.ReturnType;
import dev.cachedcompletion.testing.SyntheticSite;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hits count the tokens their stored answers report, and the money those tokens cost at the configured prices. */
class TokensSavedTest {

    private final StoreSelection stores = new StoreSelection();
    private final ModeSelection modes = new ModeSelection();
    private final CompletionEngine engine = new CompletionEngine(stores, modes);

    @TempDir
    Path dir;

    @AfterEach
    void closeStore() {
        stores.reset();
        PriceSelection.global().reset();
    }

    /** A method whose answers are strings "text|model|in|out" and whose codec reports that usage. */
    private static MethodSite site(String identity, CompletionCodec<String> codec) {
        return new MethodSite(identity, 1, "m", -1, new ReturnType<String>() { }, true, 3, "#0") {
            @Override
            public CacheKey key(Object target, Object[] args) {
                return newKey(args.clone());
            }

            @Override
            public CompletionCodec<?> codec() {
                return codec;
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "sqlite"})
    void eachHitCountsTheTokensItsAnswerReportsAndAMissCountsNone(String store) throws Throwable {
        stores.use(StoreFactory.open(store.equals("memory") ? "memory" : "sqlite:" + dir.resolve("c.db"), "test"));
        ResolvedSite ask = engine.resolve(site("tokens.Service#ask", StoredUsageTest.PARSING));

        engine.call(ask, null, new Object[] {"q1"}, () -> "a|gpt-4o-mini-2024-07-18|1000|200");
        assertThat(ask.stats.inputTokensSaved()).as("a miss saves nothing").isZero();
        engine.call(ask, null, new Object[] {"q1"}, () -> "never called");
        engine.call(ask, null, new Object[] {"q1"}, () -> "never called");
        engine.call(ask, null, new Object[] {"q2"}, () -> "b|gpt-4o|10|5");
        engine.call(ask, null, new Object[] {"q2"}, () -> "never called");

        assertThat(ask.stats.inputTokensSaved()).isEqualTo(2 * 1000 + 10);
        assertThat(ask.stats.outputTokensSaved()).isEqualTo(2 * 200 + 5);
        assertThat(ask.stats.tokensSavedByModel()).containsExactlyInAnyOrder(
                new TokenUsage("gpt-4o-mini-2024-07-18", 2000, 400), new TokenUsage("gpt-4o", 10, 5));
    }

    @Test
    void moneyIsTheSavedTokensAtTheConfiguredPricesAndUnpricedModelsCountNothing() throws Throwable {
        stores.use(StoreFactory.open("memory", "test"));
        ResolvedSite ask = engine.resolve(site("tokens.Service#priced", StoredUsageTest.PARSING));
        engine.call(ask, null, new Object[] {"q1"}, () -> "a|gpt-4o-mini-2024-07-18|1000000|500000");
        engine.call(ask, null, new Object[] {"q1"}, () -> "never called");
        engine.call(ask, null, new Object[] {"q2"}, () -> "b|some-local-model|4000|4000");
        engine.call(ask, null, new Object[] {"q2"}, () -> "never called");

        PriceSelection.global().use(TokenPrices.parse("gpt-4o-mini:0.15/0.60,gpt-4o:2.50/10.00"));
        CompletionStatistics statistics = ask.stats.snapshot();

        assertThat(statistics.inputTokensSaved()).isEqualTo(1_004_000);
        assertThat(statistics.outputTokensSaved()).isEqualTo(504_000);
        assertThat(statistics.moneySaved()).as("0.15 + 0.5 × 0.60, none for the unpriced model").isCloseTo(0.45,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void answersWhoseCodecDoesNotSayCountNoTokens() throws Throwable {
        stores.use(StoreFactory.open("memory", "test"));
        ResolvedSite plain = engine.resolve(SyntheticSite.strings("tokens.Service#plain(java.lang.String)", 1));
        engine.call(plain, null, new Object[] {"q"}, () -> "a|gpt-4o|10|10");
        engine.call(plain, null, new Object[] {"q"}, () -> "never called");

        assertThat(plain.stats.hits()).isEqualTo(1);
        assertThat(plain.stats.inputTokensSaved()).isZero();
        assertThat(plain.stats.tokensSavedByModel()).isEmpty();
    }

    @Test
    void aCodecWhoseUsageThrowsCostsTheStatisticNotTheCall() throws Throwable {
        stores.use(StoreFactory.open("memory", "test"));
        ResolvedSite ask = engine.resolve(site("tokens.Service#broken", new StoredUsageTest.UsageCodec(value -> {
            throw new IllegalStateException("usage is broken");
        })));

        assertThat(engine.call(ask, null, new Object[] {"q"}, () -> "answer")).isEqualTo("answer");
        assertThat(engine.call(ask, null, new Object[] {"q"}, () -> "never called")).isEqualTo("answer");
        assertThat(ask.stats.hits()).isEqualTo(1);
        assertThat(ask.stats.errors()).isZero();
        assertThat(ask.stats.inputTokensSaved()).isZero();
    }

    @Test
    void resettingTheCountersForgetsTheTokens() throws Throwable {
        stores.use(StoreFactory.open("memory", "test"));
        ResolvedSite ask = engine.resolve(site("tokens.Service#reset", StoredUsageTest.PARSING));
        engine.call(ask, null, new Object[] {"q"}, () -> "a|m|7|8");
        engine.call(ask, null, new Object[] {"q"}, () -> "never called");

        ask.stats.resetCounters();

        assertThat(ask.stats.inputTokensSaved()).isZero();
        assertThat(ask.stats.tokensSavedByModel()).isEmpty();
    }

    @Test
    void malformedPricesFailTheStatisticsWithPropertyValueAndForms() {
        PriceSelection selection = new PriceSelection();
        System.setProperty(PriceSelection.PROPERTY, "gpt-4o-mini=0.15");
        try {
            assertThatThrownBy(selection::current).isInstanceOf(CacheConfigurationException.class)
                    .hasMessageContaining("-Dcachedcompletion.prices='gpt-4o-mini=0.15'")
                    .hasMessageContaining("<model>:<input price>/<output price>");
        } finally {
            System.clearProperty(PriceSelection.PROPERTY);
        }
    }
}
