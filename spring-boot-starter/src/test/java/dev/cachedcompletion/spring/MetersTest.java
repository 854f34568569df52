package dev.cachedcompletion.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CacheScope;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.spring.unwoven.PlainJokes;
import dev.cachedcompletion.spring.woven.WovenJokes;
import dev.cachedcompletion.spi.CacheKey;
import dev.cachedcompletion.spi.CompletionStore;
import dev.cachedcompletion.spi.StoredValue;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Micrometer meters per method, read from the cache's own counters: in a Spring Boot application's
 * registry, and bound by hand outside Spring. Real registries, no mocks.
 */
@ExtendWith(FreshCache.class)
class MetersTest {

    @Test
    void aSpringBootApplicationGetsCallsByOutcomeAndModelCallTimePerMethod() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JokeApplication.class)
                .web(WebApplicationType.NONE).run()) {
            PlainJokes jokes = app.getBean(PlainJokes.class);
            jokes.joke("bees");
            jokes.joke("bees");
            jokes.joke("bees");
            try (CacheScope off = CachedCompletions.withMode(CacheMode.OFF)) {
                jokes.joke("bees");
            }

            MeterRegistry registry = app.getBean(MeterRegistry.class);
            assertThat(calls(registry, JokeBeans.PLAIN, "miss")).isEqualTo(1);
            assertThat(calls(registry, JokeBeans.PLAIN, "hit")).isEqualTo(2);
            assertThat(calls(registry, JokeBeans.PLAIN, "shared")).isZero();
            assertThat(calls(registry, JokeBeans.PLAIN, "bypassed")).isEqualTo(1);
            assertThat(registry.get("cachedcompletion.errors").tag("method", JokeBeans.PLAIN).functionCounter().count())
                    .isZero();
            FunctionTimer model = registry.get("cachedcompletion.model.calls").tag("method", JokeBeans.PLAIN)
                    .functionTimer();
            assertThat(model.count()).isEqualTo(1);
            assertThat(model.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        }
    }

    @Test
    void hitsCountTheTokensTheirAnswerCostAndTheMoneyAtThePricesOfTheConfiguration() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JokeApplication.class)
                .web(WebApplicationType.NONE)
                .properties("cachedcompletion.prices=gpt-4o-mini:0.15/0.60,gpt-4o:2.50/10.00").run()) {
            PlainJokes jokes = app.getBean(PlainJokes.class);
            jokes.reply("owls");
            jokes.reply("owls");
            jokes.reply("owls");

            MeterRegistry registry = app.getBean(MeterRegistry.class);
            assertThat(tokens(registry, JokeBeans.REPLY, "input")).as("two hits × 1200").isEqualTo(2400);
            assertThat(tokens(registry, JokeBeans.REPLY, "output")).as("two hits × 300").isEqualTo(600);
            assertThat(registry.get("cachedcompletion.money.saved").tag("method", JokeBeans.REPLY).functionCounter()
                    .count()).as("(2400 × 0.15 + 600 × 0.60) per million").isCloseTo(0.00072, within(1e-12));
            assertThat(tokens(registry, JokeBeans.PLAIN, "input")).as("a String answer does not say").isZero();
        }
    }

    private static double tokens(MeterRegistry registry, String method, String type) {
        var counter = registry.find("cachedcompletion.tokens.saved").tag("method", method).tag("type", type)
                .functionCounter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aCallerThatJoinsAnIdenticalCallInFlightIsCountedAsShared() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JokeApplication.class)
                .web(WebApplicationType.NONE).run()) {
            PlainJokes jokes = app.getBean(PlainJokes.class);
            ExecutorService callers = Executors.newFixedThreadPool(2);
            try {
                Future<String> leader = callers.submit(() -> jokes.slowJoke("yaks"));
                jokes.awaitSlowJokeEntered();
                AtomicReference<Thread> followerThread = new AtomicReference<>();
                Future<String> follower = callers.submit(() -> {
                    followerThread.set(Thread.currentThread());
                    return jokes.slowJoke("yaks");
                });
                awaitJoined(followerThread);
                jokes.letSlowJokeAnswer();

                assertThat(leader.get(30, TimeUnit.SECONDS)).isEqualTo("slow joke 1 about yaks");
                assertThat(follower.get(30, TimeUnit.SECONDS)).isEqualTo("slow joke 1 about yaks");
            } finally {
                callers.shutdownNow();
            }
            MeterRegistry registry = app.getBean(MeterRegistry.class);
            String slow = "dev.cachedcompletion.spring.unwoven.PlainJokes#slowJoke(java.lang.String)";
            assertThat(calls(registry, slow, "miss")).isEqualTo(1);
            assertThat(calls(registry, slow, "shared")).isEqualTo(1);
            assertThat(calls(registry, slow, "hit")).isZero();
        }
    }

    /** Until the follower waits (bounded, so TIMED_WAITING) for the leader's call in flight; the leader waits untimed. */
    private static void awaitJoined(AtomicReference<Thread> follower) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((follower.get() == null || follower.get().getState() != Thread.State.TIMED_WAITING)
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(follower.get()).isNotNull();
        assertThat(follower.get().getState()).isEqualTo(Thread.State.TIMED_WAITING);
    }

    @Test
    void aStoreThatFailsShowsAsErrorsWhileEveryCallIsAnswered() {
        CachedCompletions.useStore(new DownStore());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(JokeApplication.class)
                .web(WebApplicationType.NONE).run()) {
            PlainJokes jokes = app.getBean(PlainJokes.class);
            assertThat(jokes.joke("wasps")).isEqualTo("plain joke 1 about wasps");
            assertThat(jokes.joke("wasps")).isEqualTo("plain joke 2 about wasps");

            MeterRegistry registry = app.getBean(MeterRegistry.class);
            assertThat(registry.get("cachedcompletion.errors").tag("method", JokeBeans.PLAIN).functionCounter().count())
                    .isEqualTo(2);
            assertThat(calls(registry, JokeBeans.PLAIN, "miss")).isEqualTo(2);
        }
    }

    /** A store whose server is down: every look-up fails (the engine then leaves it alone for that call). */
    private static final class DownStore implements CompletionStore {
        @Override
        public StoredValue get(CacheKey key) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void put(CacheKey key, StoredValue value, Duration ttl) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void clear() {
        }

        @Override
        public String describe() {
            return "down";
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theBinderWorksWithoutSpringForAMethodFirstCalledAfterBinding() {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (CachedCompletionMeters meters = new CachedCompletionMeters()) {
            meters.bindTo(registry);
            WovenJokes jokes = new WovenJokes(); // woven: cached with no Spring at all
            jokes.joke("moths");
            jokes.joke("moths");

            assertThat(calls(registry, JokeBeans.WOVEN, "miss")).isEqualTo(1);
            assertThat(calls(registry, JokeBeans.WOVEN, "hit")).isEqualTo(1);
        }
    }

    private static double calls(MeterRegistry registry, String method, String outcome) {
        return registry.get("cachedcompletion.calls").tag("method", method).tag("outcome", outcome)
                .functionCounter().count();
    }
}
