package dev.cachedcompletion.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JoinTimeoutTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(JoinTimeout.PROPERTY);
    }

    @Test
    void defaultsToSixtySeconds() {
        assertThat(new JoinTimeout().current()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void readsTheDurationGrammar() {
        System.setProperty(JoinTimeout.PROPERTY, "1500ms");
        assertThat(new JoinTimeout().current()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void aMalformedValueFailsEveryUseNamingThePropertyTheValueAndTheValidForms() {
        System.setProperty(JoinTimeout.PROPERTY, "soon");
        JoinTimeout timeout = new JoinTimeout();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(timeout::current).isInstanceOf(CacheConfigurationException.class)
                    .hasMessageContaining("-Dcachedcompletion.joinTimeout='soon'")
                    .hasMessageContaining("30s");
        }
    }
}
