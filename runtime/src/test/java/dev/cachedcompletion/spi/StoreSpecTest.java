package dev.cachedcompletion.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The syntax {@code scheme[:location][?name=value&...]} is split as documented. */
class StoreSpecTest {

    @Test
    void splitsSchemeLocationAndOptionsInOrder() {
        StoreSpec spec = StoreSpec.parse(" SQLite:C:/data/x.db?ttl=7d&busyTimeout=1s ");

        assertThat(spec.scheme()).isEqualTo("sqlite");
        assertThat(spec.location()).as("everything up to '?', colons included").isEqualTo("C:/data/x.db");
        assertThat(List.copyOf(spec.options().keySet())).containsExactly("ttl", "busyTimeout");
        assertThat(spec.text()).isEqualTo("SQLite:C:/data/x.db?ttl=7d&busyTimeout=1s");
    }

    @Test
    void readsDurationsInShortAndIsoForms() {
        StoreSpec spec = StoreSpec.parse("memory?a=250ms&b=30s&c=10m&d=12h&e=7d&f=PT90M");

        assertThat(spec.duration("a", null)).isEqualTo(Duration.ofMillis(250));
        assertThat(spec.duration("b", null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(spec.duration("c", null)).isEqualTo(Duration.ofMinutes(10));
        assertThat(spec.duration("d", null)).isEqualTo(Duration.ofHours(12));
        assertThat(spec.duration("e", null)).isEqualTo(Duration.ofDays(7));
        assertThat(spec.duration("f", null)).isEqualTo(Duration.ofMinutes(90));
        assertThat(spec.duration("absent", Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void readsSizesInBinaryMultiples() {
        StoreSpec spec = StoreSpec.parse("memory?a=1048576&b=512k&c=64m&d=1g&e=64mb");

        assertThat(spec.bytes("a", 0)).isEqualTo(1L << 20);
        assertThat(spec.bytes("b", 0)).isEqualTo(512L << 10);
        assertThat(spec.bytes("c", 0)).isEqualTo(64L << 20);
        assertThat(spec.bytes("d", 0)).isEqualTo(1L << 30);
        assertThat(spec.bytes("e", 0)).isEqualTo(64L << 20);
    }

    @Test
    void aPasswordWithAQuestionMarkStaysInTheLocation() {
        StoreSpec spec = StoreSpec.parse("redis://app:pa?ss=1&x@cache:6379?ttl=1d");

        assertThat(spec.location()).isEqualTo("//app:pa?ss=1&x@cache:6379");
        assertThat(List.copyOf(spec.options().keySet())).containsExactly("ttl");
        assertThat(spec.toString()).isEqualTo("redis://***@cache:6379?ttl=1d");
    }

    @Test
    void redactionHidesEverythingUpToTheLastAtSign() {
        assertThat(StoreSpec.redact("rediss://u:p@ss/w:rd@host?ttl=1d")).isEqualTo("rediss://***@host?ttl=1d");
        assertThat(StoreSpec.redact("redis:u:pw@host")).isEqualTo("redis:***@host");
        assertThat(StoreSpec.redact("pw@host")).isEqualTo("***@host");
        assertThat(StoreSpec.redact("redis-cluster://a:1,b:2")).isEqualTo("redis-cluster://a:1,b:2");
        assertThat(StoreSpec.redact("sqlite:/tmp/a@b.db")).as("hides more than needed rather than less")
                .isEqualTo("sqlite:***@b.db");
        assertThat(StoreSpec.redact("option 'x' of redis://u:secret@h is bad: secret", "redis://u:secret@h"))
                .isEqualTo("option 'x' of redis://***@h is bad: ***");
    }
}
