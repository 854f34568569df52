package dev.cachedcompletion.it.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CacheScope;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.CompletionStatistics;
import dev.cachedcompletion.ReplayMissException;
import dev.cachedcompletion.StreamPace;
import dev.cachedcompletion.it.streams.ScriptedModel.Call;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

/**
 * Modes, stores and pace for streams: the mode and store in force when the method is called apply,
 * whichever thread subscribes later; replay, read-only, refresh and off behave as for values.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang fails the test instead of the build
class StreamModesTest {

    private static final String CHAT = "dev.cachedcompletion.it.streams.StreamingAssistant#chat(java.lang.String)";

    @TempDir
    Path dir;

    private final StreamingAssistant assistant = new StreamingAssistant();

    @BeforeEach
    void recordingStore() {
        CachedCompletions.useStore("sqlite:" + dir.resolve("recorded.db"));
    }

    @AfterEach
    void defaults() {
        CachedCompletions.useConfiguredMode();
        CachedCompletions.useConfiguredStreamPace();
        CachedCompletions.useStore("memory");
    }

    private List<String> record(String prompt, String... tokens) throws Exception {
        Received<String> received = Received.from(assistant.chat(prompt));
        Call model = assistant.model.nextCall();
        model.emit(tokens).complete();
        return received.rest();
    }

    @Test
    void aReplayMissReachesTheSubscriberAsReplayMissExceptionWithoutCallingTheModel() throws Exception {
        record("known", "a", "b");
        CachedCompletions.useMode(CacheMode.REPLAY);

        assertThat(assistant.chat("known").collectList().block()).containsExactly("a", "b");
        Throwable miss = Received.from(assistant.chat("unknown")).failure();
        assertThat(miss).isInstanceOf(ReplayMissException.class).hasMessageContaining(CHAT);
        assertThat(assistant.model.wasCalled()).isFalse();
        assertThat(assistant.bodies).hasValue(1);
    }

    @Test
    void theModeInForceWhenTheMethodIsCalledAppliesToALaterSubscriptionOnAnotherThread() throws Exception {
        Flux<String> calledDuringReplay;
        try (CacheScope replay = CachedCompletions.withMode(CacheMode.REPLAY)) {
            calledDuringReplay = assistant.chat("never recorded");
        }
        Throwable miss = CompletableFuture.supplyAsync(() -> Received.from(calledDuringReplay))
                .get(10, TimeUnit.SECONDS).failure();
        assertThat(miss).isInstanceOf(ReplayMissException.class);
        assertThat(assistant.model.wasCalled()).isFalse();
    }

    @Test
    void readOnlyReplaysButStoresNothingNew() throws Exception {
        record("known", "x");
        CachedCompletions.useMode(CacheMode.READ_ONLY);

        assertThat(assistant.chat("known").collectList().block()).containsExactly("x");
        record("unknown", "y");
        Received<String> again = Received.from(assistant.chat("unknown"));
        assistant.model.nextCall().emit("z").complete();
        assertThat(again.rest()).as("not stored, so the model was called again").containsExactly("z");
    }

    @Test
    void refreshCallsTheModelAndReplacesTheRecording() throws Exception {
        record("q", "old");
        CachedCompletions.useMode(CacheMode.REFRESH);
        assertThat(record("q", "new")).containsExactly("new");

        CachedCompletions.useMode(CacheMode.READ_WRITE);
        assertThat(assistant.chat("q").collectList().block()).containsExactly("new");
    }

    @Test
    void offCallsTheMethodAsIfTheCacheWereNotThere() throws Exception {
        record("q", "stored");
        CachedCompletions.useMode(CacheMode.OFF);
        CompletionStatistics before = CachedCompletions.statistics(CHAT);

        assertThat(record("q", "live")).containsExactly("live");
        CompletionStatistics after = CachedCompletions.statistics(CHAT);
        assertThat(after.hits() + after.misses()).isEqualTo(before.hits() + before.misses());
    }

    @Test
    void withSqliteTheLookupRunsOnTheLibrarysThreadsNotTheSubscribers() throws Exception {
        String subscriber = Thread.currentThread().getName();
        Received<String> received = Received.from(assistant.chat("q"));
        assistant.model.nextCall().emit("a").complete();
        received.rest();

        assertThat(assistant.bodyThreads).hasSize(1).allSatisfy(thread ->
                assertThat(thread).startsWith("cached-completion-stream-").isNotEqualTo(subscriber));
    }

    @Test
    void hitsAndMissesOfStreamsAreCounted() throws Exception {
        CompletionStatistics before = CachedCompletions.statistics(CHAT);
        record("q", "a");
        assistant.chat("q").collectList().block();
        assistant.chat("q").collectList().block();
        CompletionStatistics after = CachedCompletions.statistics(CHAT);
        assertThat(after.misses() - before.misses()).isEqualTo(1);
        assertThat(after.hits() - before.hits()).isEqualTo(2);
    }

    @Test
    void atTheRecordedPaceAReplayTakesAtLeastAsLongAsTheModelDid() throws Exception {
        Received<String> live = Received.from(assistant.chat("slow"));
        Call model = assistant.model.nextCall();
        model.emit("first");
        live.next();
        Thread.sleep(300);
        model.emit("second").complete();
        live.rest();

        CachedCompletions.useStreamPace(StreamPace.RECORDED);
        Received<String> replay = Received.from(assistant.chat("slow"));
        assertThat(replay.next()).isEqualTo("first");
        long afterFirst = System.nanoTime();
        assertThat(replay.next()).isEqualTo("second");
        // A lower bound only: the replay waits for the recorded gap; how much longer it takes is not asserted.
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - afterFirst)).isGreaterThanOrEqualTo(250);

        CachedCompletions.useStreamPace(StreamPace.INSTANT);
        assertThat(assistant.chat("slow").collectList().block()).containsExactly("first", "second");
        assertThat(assistant.bodies).hasValue(1);
    }
}
