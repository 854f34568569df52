package dev.cachedcompletion.it.values;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.it.StoreKind;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Less common return types come back equal from every store. */
class MoreValuesRoundTripTest {

    @TempDir
    Path dir;

    private final MoreValuesService service = new MoreValuesService();

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void arrays(StoreKind store) {
        assertThat(roundTrip(store, () -> service.words("a b c"))).containsExactly("a", "b", "c");
        assertThat(roundTrip(store, () -> service.codePoints("a😀"))).containsExactly('a', 0x1F600);
        assertThat(roundTrip(store, () -> service.bytes("é"))).containsExactly(0xC3, 0xA9);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void optionalSetAndEnum(StoreKind store) {
        assertThat(roundTrip(store, () -> service.maybe("x"))).isPresent();
        assertThat(roundTrip(store, () -> service.maybe(""))).isEqualTo(Optional.empty());
        assertThat(roundTrip(store, () -> service.tags("b a b"))).containsExactlyInAnyOrder("a", "b");
        assertThat(roundTrip(store, () -> service.mood("xy"))).isEqualTo(Mood.GRIM);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void numbersCharactersAndTime(StoreKind store) {
        assertThat(roundTrip(store, () -> service.price("abc"))).isEqualByComparingTo("12345678901234567893.000123");
        assertThat(roundTrip(store, () -> service.when("ab")).getNano()).isEqualTo(123_456_791);
        assertThat(roundTrip(store, () -> service.initial("ü"))).isEqualTo('ü');
        assertThat(roundTrip(store, () -> service.big("a"))).isEqualTo(Long.MIN_VALUE + 1);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void doublesWithoutADecimalForm(StoreKind store) {
        assertThat(roundTrip(store, () -> service.odd("nan"))).isNaN();
        assertThat(roundTrip(store, () -> service.odd("inf"))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Double.doubleToRawLongBits(roundTrip(store, () -> service.odd("negzero"))))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(roundTrip(store, () -> service.odd("min"))).isEqualTo(Double.MIN_VALUE);
    }

    /** Calls twice, reopening a SQLite store in between; the second call must hit and return an equal value. */
    private <T> T roundTrip(StoreKind store, Supplier<T> call) {
        store.useFresh(dir);
        T first = miss(service.calls, call);
        store.reopen(dir);
        T second = hit(service.calls, call);
        assertThat(second).isEqualTo(first); // arrays by content
        return second;
    }
}
