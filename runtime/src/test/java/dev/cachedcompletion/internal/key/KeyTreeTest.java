package dev.cachedcompletion.internal.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trees integration key encoders return, made canonical. */
class KeyTreeTest {

    private static byte[] bytes(Object tree) {
        return CanonicalEncoder.valueBytes(KeyTree.canonical(tree));
    }

    @Test
    void numbersKeyByValueWhateverTheirJavaClass() {
        assertThat(bytes(1)).isEqualTo(bytes(1L)).isEqualTo(bytes((short) 1)).isEqualTo(bytes(BigInteger.ONE));
        assertThat(bytes(0.7f)).isEqualTo(bytes(0.7)).isEqualTo(bytes(new BigDecimal("0.70")));
        assertThat(bytes(new BigDecimal("1.50"))).isEqualTo(bytes(new BigDecimal("1.5")));
        assertThat(bytes(new BigDecimal("0.00"))).isEqualTo(bytes(BigDecimal.ZERO));
        assertThat(bytes(BigInteger.TWO.pow(70))).isNotEqualTo(bytes(Long.MAX_VALUE));
        assertThat(bytes(1)).isNotEqualTo(bytes(1.0));
    }

    /** Float.toString(3.0E10f) is "3.0000001E10" on JDK 17 and "3.0E10" on JDK 19+: keys must not follow it. */
    @Test
    void floatsKeyByTheirShortestDecimalNotByTheJdksText() {
        assertThat(KeyTree.canonical(3.0E10f)).isEqualTo(new BigDecimal("3E+10"));
        assertThat(bytes(3.0E10f)).isEqualTo(bytes(3.0E10)).isEqualTo(bytes(new BigDecimal("30000000000")));
        assertThat(bytes(3.0E10f)).isNotEqualTo(bytes(Math.nextUp(3.0E10f)));
        assertThat(bytes(-0.0f)).isEqualTo(bytes(-0.0)).isNotEqualTo(bytes(0.0f));
        assertThat(bytes(Float.NaN)).isEqualTo(bytes(Double.NaN));
    }

    @Test
    void mapOrderDoesNotMatterListOrderDoes() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", List.of("x", "y"));
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", List.of("x", "y"));
        ba.put("a", 1L);

        assertThat(bytes(ab)).isEqualTo(bytes(ba));
        assertThat(KeyTree.canonical(ab)).isEqualTo(KeyTree.canonical(ba));
        assertThat(bytes(List.of("x", "y"))).isNotEqualTo(bytes(List.of("y", "x")));
        assertThat(bytes(Map.of("a", "1"))).isNotEqualTo(bytes(Map.of("a", 1)));
    }

    @Test
    void nullsBooleansAndEnumsAreLeaves() {
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add(Boolean.TRUE);
        withNull.add(java.time.DayOfWeek.MONDAY);

        assertThat(bytes(withNull)).isNotEqualTo(bytes(List.of(Boolean.TRUE, java.time.DayOfWeek.MONDAY)));
    }

    @Test
    void anythingElseIsRefusedWithItsClassName() {
        assertThatThrownBy(() -> KeyTree.canonical(List.of(new Object())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> KeyTree.canonical(Map.of(1, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("map keys are strings");
    }

    @Test
    void aCycleIsRefusedNotAStackOverflow() {
        List<Object> cycle = new ArrayList<>();
        cycle.add(cycle);

        assertThatThrownBy(() -> KeyTree.canonical(cycle))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deeper than");
    }
}
