package dev.cachedcompletion.openai;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON text into key trees: two texts share a tree only if they mean the same values. */
class JsonKeyTreeTest {

    private static Object read(String json) throws IOException {
        return JsonKeyTree.read(json.getBytes(UTF_8));
    }

    @Test
    void readsObjectsArraysAndScalars() throws IOException {
        assertThat(read("{\"a\":[1,\"x\",true,false,null,{}],\"b\":{\"c\":\"\"}}"))
                .isEqualTo(Map.of("a", Arrays.asList(1L, "x", true, false, null, Map.of()), "b", Map.of("c", "")));
    }

    @Test
    void integersAreLongsAndBigIntegersOnlyBeyondLong() throws IOException {
        assertThat(read("[0,-7,9223372036854775807,9223372036854775808]")).isEqualTo(List.of(
                0L, -7L, Long.MAX_VALUE, new BigInteger("9223372036854775808")));
    }

    @Test
    void decimalsAreDoublesWhenTheDoubleHasTheSameValue() throws IOException {
        assertThat(read("[0.7,0.70,1.5e-7,-2.0]")).isEqualTo(List.of(0.7, 0.7, 1.5e-7, -2.0));
    }

    @Test
    void decimalsThatNoDoubleHoldsStayExactSoTheyAreNeverRoundedIntoAnother() throws IOException {
        List<?> values = (List<?>) read("[0.10000000000000000001,0.1,1e400]");
        assertThat(values.get(0)).isEqualTo(new BigDecimal("0.10000000000000000001"));
        assertThat(values.get(1)).isEqualTo(0.1);
        assertThat(values.get(2)).isEqualTo(new BigDecimal("1e400"));
    }

    @Test
    void aMemberNamedTwiceIsRefusedWithItsPath() {
        assertThatThrownBy(() -> read("{\"messages\":[{\"role\":\"user\",\"role\":\"system\"}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"role\" twice")
                .hasMessageContaining("/messages/0");
    }

    @Test
    void stringsLongerThanJacksonsDefaultLimitAreRead() throws IOException {
        // An image sent inline is one base64 string; 20 million characters is Jackson's default cap.
        char[] big = new char[20_000_001];
        Arrays.fill(big, 'A');
        Object tree = read("{\"data\":\"" + new String(big) + "\"}");
        assertThat(((String) ((Map<?, ?>) tree).get("data"))).hasSize(big.length);
    }

    @Test
    void incompleteOrTrailingJsonIsRefused() {
        assertThatThrownBy(() -> read("{\"a\":[1,2")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read("{} {}")).isInstanceOf(IOException.class);
    }
}
