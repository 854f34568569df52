package dev.cachedcompletion.internal.key;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back as a given {@code float} or {@code double}, computed with
 * exact arithmetic, so that a number in a key never depends on how a JDK prints it
 * ({@code Float.toString} and {@code Double.toString} changed their output in JDK 19).
 *
 * <p>The rule: among the decimals that round to the value under IEEE 754 round-half-even, take those
 * with the fewest significant digits; of those, the one nearest the value's exact binary value; if two
 * are equally near, the one whose last digit is even. The result has no trailing zeros. It
 * identifies the value exactly: two distinct finite values of one type never give one decimal.
 * Pure functions; thread-safe. Costs a few {@code BigDecimal} operations per digit.
 */
final class ShortestDecimal {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ShortestDecimal() {
    }

    /** The shortest decimal of a finite {@code value}; {@code 0} for both zeros. */
    static BigDecimal of(double value) {
        requireFinite(value);
        double m = Math.abs(value);
        return signed(value, m == 0 ? BigDecimal.ZERO
                : shortest(new BigDecimal(m), Math.nextDown(m), Math.nextUp(m), (Double.doubleToRawLongBits(m) & 1) == 0, 17));
    }

    /** The shortest decimal of a finite {@code value} among floats; {@code 0} for both zeros. */
    static BigDecimal of(float value) {
        requireFinite(value);
        float m = Math.abs(value);
        return signed(value, m == 0 ? BigDecimal.ZERO
                : shortest(new BigDecimal(m), Math.nextDown(m), Math.nextUp(m), (Float.floatToRawIntBits(m) & 1) == 0, 9));
    }

    private static BigDecimal signed(double value, BigDecimal magnitude) {
        return value < 0 ? magnitude.negate() : magnitude;
    }

    /**
     * @param exact  the positive value, exactly
     * @param below  the next smaller value of its type (as a double, exactly)
     * @param above  the next larger value of its type, infinite above the largest
     * @param even   whether its significand is even, so that the interval's ends round to it
     * @param digits the digits that always suffice for the type (9 for float, 17 for double)
     */
    private static BigDecimal shortest(BigDecimal exact, double below, double above, boolean even, int digits) {
        BigDecimal low = exact.add(new BigDecimal(below)).divide(TWO);
        BigDecimal high = Double.isInfinite(above)
                ? exact.add(exact.subtract(low))
                : exact.add(new BigDecimal(above)).divide(TWO);
        for (int precision = 1; precision < digits; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downFits = roundsBack(down, low, high, even);
            boolean upFits = roundsBack(up, low, high, even);
            if (downFits && upFits) {
                return nearer(exact, down, up).stripTrailingZeros();
            }
            if (downFits || upFits) {
                return (downFits ? down : up).stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    private static boolean roundsBack(BigDecimal candidate, BigDecimal low, BigDecimal high, boolean even) {
        int fromLow = candidate.compareTo(low);
        int fromHigh = candidate.compareTo(high);
        return even ? fromLow >= 0 && fromHigh <= 0 : fromLow > 0 && fromHigh < 0;
    }

    /** The candidate nearer {@code exact}; at equal distance, the one with an even last digit. */
    private static BigDecimal nearer(BigDecimal exact, BigDecimal down, BigDecimal up) {
        int order = exact.subtract(down).compareTo(up.subtract(exact));
        if (order != 0) {
            return order < 0 ? down : up;
        }
        return down.unscaledValue().testBit(0) ? up : down;
    }

    private static void requireFinite(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
    }
}
