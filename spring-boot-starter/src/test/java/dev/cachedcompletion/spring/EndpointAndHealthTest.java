package dev.cachedcompletion.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spring.CachedCompletionEndpoint.MethodReport;
import dev.cachedcompletion.spring.unwoven.PlainJokes;
import dev.cachedcompletion.spring.woven.WovenJokes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code cachedcompletion} endpoint and the store's health indicator, in real applications. */
@ExtendWith(FreshCache.class)
class EndpointAndHealthTest {

    @AfterEach
    void forgetSystemProperty() {
        System.clearProperty("cachedcompletion.store");
    }

    private static ConfigurableApplicationContext start(String profile) {
        return new SpringApplicationBuilder(JokeApplication.class).web(WebApplicationType.NONE).profiles(profile)
                .run("--management.endpoints.web.exposure.include=health,cachedcompletion");
    }

    @Test
    void theEndpointReportsEachMethodsCounters() {
        try (ConfigurableApplicationContext app = start("default")) {
            PlainJokes jokes = app.getBean(PlainJokes.class);
            jokes.joke("newts");
            jokes.joke("newts");
            CachedCompletionEndpoint endpoint = app.getBean(CachedCompletionEndpoint.class);

            CachedCompletionEndpoint.Report report = endpoint.report();
            assertThat(report.store()).startsWith("memory");
            assertThat(report.mode()).isEqualTo("read-write");
            assertThat(report.methods()).extracting(MethodReport::method).contains(JokeBeans.PLAIN);
            MethodReport plain = endpoint.method(JokeBeans.PLAIN);
            assertThat(plain.hits()).isEqualTo(1);
            assertThat(plain.misses()).isEqualTo(1);
            assertThat(endpoint.method("no.such.Method#m()")).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "default"})
    void clearingOneMethodLeavesTheOthersEntries(String profile) {
        try (ConfigurableApplicationContext app = start(profile)) {
            CachedCompletions.clear();
            PlainJokes plain = app.getBean(PlainJokes.class);
            WovenJokes woven = app.getBean(WovenJokes.class);
            plain.joke("toads");
            woven.joke("toads");

            CachedCompletionEndpoint.Cleared cleared = app.getBean(CachedCompletionEndpoint.class)
                    .clearMethod(JokeBeans.PLAIN);

            assertThat(cleared.entries()).isEqualTo(1);
            plain.joke("toads");
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
            woven.joke("toads");
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
        }
    }

    @Test
    void clearingAllEmptiesTheStoreAndOneMethodNeedsAStoreThatCanClearOneMethod() {
        try (ConfigurableApplicationContext none = new SpringApplicationBuilder(JokeApplication.class)
                .web(WebApplicationType.NONE).run("--cachedcompletion.store=none",
                        "--management.endpoints.web.exposure.include=cachedcompletion")) {
            assertThatThrownBy(() -> none.getBean(CachedCompletionEndpoint.class).clearMethod(JokeBeans.PLAIN))
                    .isInstanceOf(InvalidEndpointRequestException.class).hasMessageContaining("none");
        }
        try (ConfigurableApplicationContext app = start("default")) {
            PlainJokes plain = app.getBean(PlainJokes.class);
            plain.joke("voles");
            CachedCompletionEndpoint endpoint = app.getBean(CachedCompletionEndpoint.class);

            endpoint.clearAll();
            plain.joke("voles");
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
            assertThat(plain.modelCalls()).isEqualTo(2);
        }
    }

    @Test
    void theStoreIsHealthyWhenItAnswersAndDownWhenMisconfigured() {
        try (ConfigurableApplicationContext app = start("sqlite")) {
            HealthIndicator indicator = app.getBean("cachedcompletionHealthIndicator", HealthIndicator.class);
            Health up = indicator.health();
            assertThat(up.getStatus()).isEqualTo(Status.UP);
            assertThat(up.getDetails()).containsEntry("mode", "read-write");
            assertThat(String.valueOf(up.getDetails().get("store"))).endsWith("profile-store.db");

            System.setProperty("cachedcompletion.store", "tape:/dev/st0");
            CachedCompletions.useConfiguredStore();
            Health down = indicator.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(String.valueOf(down.getDetails().get("error"))).contains("cachedcompletion.store")
                    .contains("tape:/dev/st0");
        }
    }
}
