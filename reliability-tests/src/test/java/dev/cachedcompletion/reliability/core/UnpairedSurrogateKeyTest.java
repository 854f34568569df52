package dev.cachedcompletion.reliability.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.support.MethodSite;
import dev.cachedcompletion.spi.CacheKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fuzz test's first find, pinned: strings holding different unpaired surrogates are different
 * keys, and a map holding both is one key whatever its insertion order (Java's UTF-16BE charset
 * writes every unpaired surrogate as U+FFFD, which made both false).
 */
class UnpairedSurrogateKeyTest {

    private final MethodSite ask = new FuzzService_CachedCompletion().site("ask(java.lang.String,java.lang.Integer,"
            + "java.lang.Long,java.lang.Double,java.math.BigDecimal,java.util.List,java.util.Set,java.util.Map,"
            + "dev.cachedcompletion.reliability.core.Prompt)");

    @Test
    void differentUnpairedSurrogatesAreDifferentKeys() {
        CacheKey high = key("\uD800", null);
        CacheKey low = key("\uDC00", null);

        assertThat(high).isNotEqualTo(low);
        assertThat(high.digest()).isNotEqualTo(low.digest());
    }

    @Test
    void mapKeyedByUnpairedSurrogatesIsOneKeyInAnyInsertionOrder() {
        Map<String, Long> oneOrder = new LinkedHashMap<>();
        oneOrder.put("\uD800", 1L);
        oneOrder.put("\uDC00", 2L);
        Map<String, Long> otherOrder = new LinkedHashMap<>();
        otherOrder.put("\uDC00", 2L);
        otherOrder.put("\uD800", 1L);

        assertThat(key(null, oneOrder)).isEqualTo(key(null, otherOrder));
        assertThat(key(null, oneOrder).digest()).isEqualTo(key(null, otherOrder).digest());
    }

    private CacheKey key(String text, Map<String, Long> weights) {
        return ask.key(new FuzzService(), new Object[] {text, null, null, null, null, null, null, weights, null});
    }
}
