package dev.cachedcompletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which reported model names a price list matches, and which texts it refuses. */
class TokenPricesTest {

    private final TokenPrices prices = TokenPrices.parse(
            " gpt-4o-mini:0.15/0.60 , gpt-4o:2.50/10, claude-3-5-haiku:0.8/4, ft:gpt-4o-mini:acme::abc123:0.30/1.20");

    @Test
    void exactNamesAndDatedSnapshotsMatchTheirOwnPrice() {
        assertThat(prices.priceOf("gpt-4o-mini")).isEqualTo(new TokenPrices.Price(0.15, 0.60));
        assertThat(prices.priceOf("gpt-4o-mini-2024-07-18")).isEqualTo(new TokenPrices.Price(0.15, 0.60));
        assertThat(prices.priceOf("gpt-4o-2024-08-06")).isEqualTo(new TokenPrices.Price(2.50, 10));
        assertThat(prices.priceOf("claude-3-5-haiku-20241022")).isEqualTo(new TokenPrices.Price(0.8, 4));
        assertThat(prices.priceOf("ft:gpt-4o-mini:acme::abc123")).isEqualTo(new TokenPrices.Price(0.30, 1.20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o-mini-audio", "gpt-4", "gpt-4o-mini-2024", "GPT-4O-MINI", "o1", ""})
    void aNameThatIsOnlyAlikeHasNoPrice(String model) {
        assertThat(prices.priceOf(model)).isNull();
        assertThat(prices.cost(model, 1_000_000, 1_000_000)).isZero();
    }

    @Test
    void costIsPerMillionTokens() {
        assertThat(prices.cost("gpt-4o-mini", 2_000_000, 500_000)).isCloseTo(0.30 + 0.30, within(1e-12));
        assertThat(prices.cost(null, 1_000_000, 1_000_000)).isZero();
        assertThat(TokenPrices.NONE.cost("gpt-4o", 1_000_000, 1_000_000)).isZero();
        assertThat(TokenPrices.parse(" ")).isSameAs(TokenPrices.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gpt-4o-mini", "gpt-4o-mini:0.15", ":0.15/0.60", "gpt-4o-mini:x/0.60",
        "gpt-4o-mini:0.15/-1", "gpt-4o-mini:0.15/NaN", "gpt-4o-mini:0.15/Infinity", "a:1/1,a:2/2"})
    void malformedListsAreRefusedNamingTheEntry(String text) {
        assertThatThrownBy(() -> TokenPrices.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageFindingMatch("'.+'");
    }
}
