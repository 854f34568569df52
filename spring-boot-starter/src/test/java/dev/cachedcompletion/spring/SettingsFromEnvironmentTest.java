package dev.cachedcompletion.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheConfigurationException;
import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.ReplayMissException;
import dev.cachedcompletion.spring.unwoven.PlainJokes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code cachedcompletion.store} and {@code .mode} come from Spring Boot's own configuration —
 * profile files, system properties, the command line — in Spring's order, and a malformed value
 * stops the application with a message that says where it came from. Real Spring Boot applications.
 */
@ExtendWith(FreshCache.class)
class SettingsFromEnvironmentTest {

    @AfterEach
    void forgetSystemProperty() {
        System.clearProperty("cachedcompletion.store");
    }

    private static ConfigurableApplicationContext start(String profile, String... args) {
        return new SpringApplicationBuilder(JokeApplication.class).web(WebApplicationType.NONE)
                .profiles(profile).run(args);
    }

    @Test
    void aProfileFileChoosesTheStoreUntilTheApplicationStops() {
        try (ConfigurableApplicationContext app = start("sqlite")) {
            assertThat(CachedCompletions.store().describe()).startsWith("sqlite:").endsWith("profile-store.db");
            PlainJokes jokes = app.getBean(PlainJokes.class);
            CachedCompletions.clear();
            jokes.joke("rain");
            assertThat(jokes.joke("rain")).isEqualTo("plain joke 1 about rain");
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        }
        assertThat(CachedCompletions.store().describe()).as("the JVM's own configuration again").startsWith("memory");
    }

    @Test
    void aSystemPropertyOutranksTheProfileFile() {
        System.setProperty("cachedcompletion.store", "none");
        try (ConfigurableApplicationContext app = start("sqlite")) {
            assertThat(CachedCompletions.store().describe()).isEqualTo("none");
        }
    }

    @Test
    void theCommandLineOutranksTheSystemProperty() {
        System.setProperty("cachedcompletion.store", "none");
        try (ConfigurableApplicationContext app = start("sqlite", "--cachedcompletion.store=memory")) {
            assertThat(CachedCompletions.store().describe()).startsWith("memory");
        }
    }

    @Test
    void theModeComesFromTheProfileToo() {
        try (ConfigurableApplicationContext app = start("replay")) {
            assertThat(CachedCompletions.mode()).isEqualTo(CacheMode.REPLAY);
            PlainJokes jokes = app.getBean(PlainJokes.class);
            assertThatThrownBy(() -> jokes.joke("never recorded")).isInstanceOf(ReplayMissException.class);
            assertThat(jokes.modelCalls()).isZero();
        }
        assertThat(CachedCompletions.mode()).isEqualTo(CacheMode.READ_WRITE);
    }

    @Test
    void aMalformedModeStopsTheApplicationNamingPropertySourceAndValidForms() {
        assertThatThrownBy(() -> start("default", "--cachedcompletion.mode=sometimes"))
                .rootCause().isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("cachedcompletion.mode=\"sometimes\"")
                .hasMessageContaining("commandLineArgs")
                .hasMessageContaining("read-write");
    }

    @Test
    void malformedPricesStopTheApplicationNamingPropertySourceAndValidForm() {
        assertThatThrownBy(() -> start("default", "--cachedcompletion.prices=gpt-4o-mini=cheap"))
                .rootCause().isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("cachedcompletion.prices=\"gpt-4o-mini=cheap\"")
                .hasMessageContaining("commandLineArgs")
                .hasMessageContaining("<model>:<input price>/<output price>");
    }

    @Test
    void aMalformedStoreStopsTheApplicationNamingThePropertyFile() {
        assertThatThrownBy(() -> start("badstore"))
                .rootCause().isInstanceOf(CacheConfigurationException.class)
                .hasMessageContaining("cachedcompletion.store")
                .hasMessageContaining("application-badstore.yml")
                .hasMessageContaining("tape:/dev/st0")
                .hasMessageContaining("sqlite:");
    }
}
