package dev.cachedcompletion.internal.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The decimal a key holds for a float or double: the shortest that reads back, whatever the JDK prints. */
class ShortestDecimalTest {

    @Test
    void valuesJdk17PrintsLongerGetTheirShortestDecimal() {
        // JDK 17: Float.toString(3.0E10f) is "3.0000001E10", Double.toString(2.0E23) "2.0000000000000002E23".
        assertThat(ShortestDecimal.of(3.0E10f)).isEqualTo(new BigDecimal("3E+10"));
        assertThat(ShortestDecimal.of(2.0E23)).isEqualTo(new BigDecimal("2E+23"));
        assertThat(ShortestDecimal.of(0.7f)).isEqualTo(new BigDecimal("0.7")).isEqualTo(ShortestDecimal.of(0.7));
        assertThat(ShortestDecimal.of(-2.0E-3)).isEqualTo(new BigDecimal("-0.002"));
        assertThat(ShortestDecimal.of(0.1 + 0.2)).isEqualTo(new BigDecimal("0.30000000000000004"));
        assertThat(ShortestDecimal.of(Float.MIN_VALUE)).isEqualTo(new BigDecimal("1E-45"));
        assertThat(ShortestDecimal.of(Double.MIN_VALUE)).isEqualTo(new BigDecimal("5E-324"));
        assertThat(ShortestDecimal.of(Double.MAX_VALUE)).isEqualTo(new BigDecimal("1.7976931348623157E+308"));
        assertThat(ShortestDecimal.of(-0.0)).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void randomFloatsReadBackFromTheFewestDigits() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 5_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(f) || f == 0) {
                continue;
            }
            BigDecimal d = ShortestDecimal.of(f);
            assertThat(d.floatValue()).as("%s for %s", d, f).isEqualTo(f);
            assertNoShorterReadsBack(d, candidate -> candidate.floatValue() == f);
        }
    }

    @Test
    void randomDoublesReadBackFromTheFewestDigits() {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 5_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(v) || v == 0) {
                continue;
            }
            BigDecimal d = ShortestDecimal.of(v);
            assertThat(d.doubleValue()).as("%s for %s", d, v).isEqualTo(v);
            assertNoShorterReadsBack(d, candidate -> candidate.doubleValue() == v);
        }
    }

    private static void assertNoShorterReadsBack(BigDecimal d, java.util.function.Predicate<BigDecimal> readsBack) {
        if (d.precision() == 1) {
            return;
        }
        MathContext shorter = new MathContext(d.precision() - 1, RoundingMode.FLOOR);
        MathContext shorterUp = new MathContext(d.precision() - 1, RoundingMode.CEILING);
        assertThat(readsBack.test(d.round(shorter)) || readsBack.test(d.round(shorterUp)))
                .as("a decimal shorter than %s reads back", d).isFalse();
    }
}
