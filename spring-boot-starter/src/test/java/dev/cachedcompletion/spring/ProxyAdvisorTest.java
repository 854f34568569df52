package dev.cachedcompletion.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import dev.cachedcompletion.spring.unwoven.PlainJokes;
import dev.cachedcompletion.spring.woven.WovenJokes;
import dev.cachedcompletion.spring.unwoven.LineHandler;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code @CachedCompletion} methods of Spring beans are cached without weaving, through the
 * starter's advisor; a woven bean in the same context is cached too, and no call is cached or counted
 * twice. Real contexts, the real engine, a real memory store.
 */
@ExtendWith(FreshCache.class)
class ProxyAdvisorTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CachedCompletionAutoConfiguration.class))
            .withUserConfiguration(JokeBeans.class);

    @Test
    void theFixturesAreWhatTheyClaim() {
        assertThat(Arrays.stream(WovenJokes.class.getDeclaredFields()).map(f -> f.getName()))
                .as("fields ajc adds to a woven class").anyMatch(name -> name.startsWith("ajc$"));
        assertThat(Arrays.stream(PlainJokes.class.getDeclaredFields()).map(f -> f.getName()))
                .noneMatch(name -> name.startsWith("ajc$"));
    }

    @Test
    void anUnwovenBeanIsCachedThroughItsProxy() {
        contexts.run(context -> {
            PlainJokes jokes = context.getBean(PlainJokes.class);
            assertThat(AopUtils.isAopProxy(jokes)).isTrue();

            assertThat(jokes.joke("cats")).isEqualTo("plain joke 1 about cats");
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
            assertThat(jokes.joke("cats")).isEqualTo("plain joke 1 about cats");
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);

            assertThat(jokes.modelCalls()).isEqualTo(1);
            assertCounted(JokeBeans.PLAIN, 1, 1);
        });
    }

    @Test
    void aStreamedAnswerIsRecordedThroughTheProxyAndReplayed() {
        contexts.run(context -> {
            PlainJokes jokes = context.getBean(PlainJokes.class);
            assertThat(jokes.jokeLines("frogs").toList()).containsExactly("line 1 of joke 1", "line 2 about frogs");
            assertThat(jokes.jokeLines("frogs").toList()).containsExactly("line 1 of joke 1", "line 2 about frogs");

            assertThat(jokes.modelCalls()).isEqualTo(1);
        });
    }

    @Test
    void aHandlerMethodRunsWithTheRecorderInPlaceOfTheCallersHandler() {
        contexts.run(context -> {
            PlainJokes jokes = context.getBean(PlainJokes.class);
            assertThat(linesOf(jokes, "geese")).containsExactly("line 1 of joke 1", "line 2 about geese");
            assertThat(linesOf(jokes, "geese")).containsExactly("line 1 of joke 1", "line 2 about geese");

            assertThat(jokes.modelCalls()).isEqualTo(1);
        });
    }

    /** The lines a handler received, once it was told the answer is done (a replay may deliver on another thread). */
    private static List<String> linesOf(PlainJokes jokes, String topic) throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        jokes.tellLines(topic, new LineHandler() {
            @Override
            public void onLine(String line) {
                lines.add(line);
            }

            @Override
            public void onDone() {
                done.complete(lines);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        return done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aWovenAndAnUnwovenBeanInOneContextAreEachCountedOncePerCall() {
        contexts.run(context -> {
            PlainJokes plain = context.getBean(PlainJokes.class);
            WovenJokes woven = context.getBean(WovenJokes.class);
            for (int i = 0; i < 3; i++) {
                assertThat(plain.joke("dogs")).isEqualTo("plain joke 1 about dogs");
                assertThat(woven.joke("dogs")).isEqualTo("woven joke 1 about dogs");
            }

            assertThat(plain.modelCalls()).isEqualTo(1);
            assertThat(woven.modelCalls()).isEqualTo(1);
            // Counted twice per call, the woven method would show 2 misses and 4 hits.
            assertCounted(JokeBeans.PLAIN, 2, 1);
            assertCounted(JokeBeans.WOVEN, 2, 1);
        });
    }

    @Test
    void aCallFromInsideTheBeanIsCachedOnlyWhenTheClassIsWoven() {
        contexts.run(context -> {
            PlainJokes plain = context.getBean(PlainJokes.class);
            WovenJokes woven = context.getBean(WovenJokes.class);
            plain.jokeFromInside("owls");
            plain.jokeFromInside("owls");
            woven.jokeFromInside("owls");
            woven.jokeFromInside("owls");

            assertThat(plain.modelCalls()).as("self-invocation bypasses the proxy").isEqualTo(2);
            assertThat(woven.modelCalls()).as("the woven aspect serves self-invocation").isEqualTo(1);
            assertCounted(JokeBeans.WOVEN, 1, 1);
        });
    }

    @Test
    void withTheProxySwitchedOffOnlyWovenClassesAreCached() {
        contexts.withPropertyValues("cachedcompletion.proxy.enabled=false").run(context -> {
            PlainJokes plain = context.getBean(PlainJokes.class);
            WovenJokes woven = context.getBean(WovenJokes.class);
            assertThat(AopUtils.isAopProxy(plain)).isFalse();
            plain.joke("fish");
            plain.joke("fish");
            woven.joke("fish");
            woven.joke("fish");

            assertThat(plain.modelCalls()).isEqualTo(2);
            assertThat(woven.modelCalls()).isEqualTo(1);
        });
    }

    private static void assertCounted(String method, long hits, long misses) {
        CompletionStatistics stats = CachedCompletions.statistics(method);
        assertThat(stats.hits()).as("hits of " + method).isEqualTo(hits);
        assertThat(stats.misses()).as("misses of " + method).isEqualTo(misses);
    }
}
