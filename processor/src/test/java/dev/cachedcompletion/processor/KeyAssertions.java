package dev.cachedcompletion.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.CacheKey;

/** Both views of a key must agree: in-memory equality, and the digest that stores outside the process use. */
final class KeyAssertions {

    private KeyAssertions() {
    }

    static void assertSameKey(CacheKey actual, CacheKey expected) {
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.digest()).isEqualTo(expected.digest());
    }

    static void assertDifferentKey(CacheKey actual, CacheKey other) {
        assertThat(actual).isNotEqualTo(other);
        assertThat(actual.digest()).isNotEqualTo(other.digest());
    }
}
