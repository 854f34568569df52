package dev.cachedcompletion.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CachedCompletions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Methods returning CompletableFuture / CompletionStage are cached on the value they complete with. */
@Timeout(30)
class AsyncCachingTest {

    private final AsyncAssistant assistant = new AsyncAssistant();

    @AfterEach
    void backToMemory() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void aHitIsAnAlreadyCompletedFutureWithTheStoredValue(@TempDir Path dir) throws Exception {
        CachedCompletions.useStore("sqlite:" + dir.resolve("async.db"));
        String first = assistant.ask("q").get(5, TimeUnit.SECONDS);

        CompletableFuture<String> second = assistant.ask("q");
        assertThat(second).isCompleted();
        assertThat(second.get()).isEqualTo(first);
        assertThat(assistant.calls).hasValue(1);
    }

    @Test
    void concurrentCallersShareTheOneCallInFlight() throws Exception {
        CachedCompletions.useStore("memory");
        assistant.release = new CountDownLatch(1);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(assistant.ask("same"));
        }
        assistant.release.countDown();

        for (CompletableFuture<String> answer : answers) {
            assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("answer #1 to same");
        }
        assertThat(assistant.calls).as("one model call for 16 callers").hasValue(1);
    }

    @Test
    void aFailedFutureIsNotCachedAndReachesEveryCallerThatJoinedIt() throws Exception {
        CachedCompletions.useStore("memory");
        IllegalStateException outage = new IllegalStateException("model unavailable");
        assistant.failure = outage;
        assistant.release = new CountDownLatch(1);
        CompletableFuture<String> leader = assistant.ask("q");
        CompletableFuture<String> follower = assistant.ask("q");
        assistant.release.countDown();

        for (CompletableFuture<String> answer : List.of(leader, follower)) {
            assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasRootCauseMessage("model unavailable");
        }
        assertThat(assistant.calls).hasValue(1);

        assistant.failure = null;
        assistant.release = null;
        assertThat(assistant.ask("q").get(5, TimeUnit.SECONDS)).isEqualTo("answer #2 to q");
        assertThat(assistant.calls).as("the failure was not cached").hasValue(2);
    }

    @Test
    void aMutableValueIsNotSharedBetweenCallers() throws Exception {
        CachedCompletions.useStore("memory");
        List<String> first = assistant.lines("q").toCompletableFuture().get(5, TimeUnit.SECONDS);
        first.add("changed by the first caller");

        List<String> second = assistant.lines("q").toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(second).containsExactly("q", "second line");
        assertThat(assistant.calls).hasValue(1);
    }
}
