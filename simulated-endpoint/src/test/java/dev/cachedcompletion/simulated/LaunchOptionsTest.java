package dev.cachedcompletion.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaultsToAnyFreePortHalfASecondAndTwentyMillisecondsPerChunk() {
        assertThat(LaunchOptions.parse())
                .isEqualTo(new LaunchOptions(0, Duration.ofMillis(500), Duration.ofMillis(20)));
    }

    @Test
    void readsPortLatencyAndChunkDelayInAnyOrder() {
        assertThat(LaunchOptions.parse("--chunk-delay-ms", "3", "--latency-ms", "20", "--port", "8089"))
                .isEqualTo(new LaunchOptions(8089, Duration.ofMillis(20), Duration.ofMillis(3)));
    }

    @Test
    void namesTheOptionAndValueThatAreWrong() {
        assertThatThrownBy(() -> LaunchOptions.parse("--port", "eighty"))
                .hasMessageContaining("--port").hasMessageContaining("eighty");
        assertThatThrownBy(() -> LaunchOptions.parse("--latency-ms", "-5"))
                .hasMessageContaining("--latency-ms").hasMessageContaining("-5");
        assertThatThrownBy(() -> LaunchOptions.parse("--chunk-delay-ms", "soon"))
                .hasMessageContaining("--chunk-delay-ms").hasMessageContaining("soon");
        assertThatThrownBy(() -> LaunchOptions.parse("--port"))
                .hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse("--verbose", "yes"))
                .hasMessageContaining("Unknown option --verbose");
    }
}
