package dev.cachedcompletion.it.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cachedcompletion.CacheMode;
import dev.cachedcompletion.CacheOutcome;
import dev.cachedcompletion.CacheScope;
import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.ReplayMissException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline-test workflow through woven methods and a real SQLite file: record once, then replay
 * strictly (a miss throws and the model is not called), plus read-only, refresh and off.
 */
class CacheModesTest {

    @TempDir
    Path dir;

    private final RecordedAssistant assistant = new RecordedAssistant();

    @BeforeEach
    void recordingStore() {
        CachedCompletions.useStore("sqlite:" + dir.resolve("recorded.db"));
    }

    @AfterEach
    void defaults() {
        CachedCompletions.useConfiguredMode();
        CachedCompletions.useStore("memory");
    }

    @Test
    void recordThenReplayWithoutTheModel() {
        String recorded = assistant.answer("known question");

        try (CacheScope replay = CachedCompletions.withMode(CacheMode.REPLAY)) {
            assertThat(assistant.answer("known question")).isEqualTo(recorded);
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.HIT);
            assertThatThrownBy(() -> assistant.answer("new question"))
                    .isInstanceOf(ReplayMissException.class)
                    .hasMessageContaining(RecordedAssistant.NAME)
                    .hasMessageContaining("The model was not called")
                    .hasMessageContaining("-Dcachedcompletion.mode=read-write")
                    .satisfies(e -> assertThat(((ReplayMissException) e).method()).isEqualTo(RecordedAssistant.NAME));
        }
        assertThat(assistant.calls).as("replay never called the model").hasValue(1);
    }

    @Test
    void replayOfAnAsyncMethodFailsItsFutureWithoutCallingTheModel() {
        AsyncAssistant async = new AsyncAssistant();
        CachedCompletions.useMode(CacheMode.REPLAY);

        assertThatThrownBy(() -> async.ask("unrecorded").get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ReplayMissException.class);
        assertThat(async.calls).hasValue(0);
    }

    @Test
    void readOnlyUsesTheRecordingButAddsNothingToIt() {
        String recorded = assistant.answer("known");
        CachedCompletions.useMode(CacheMode.READ_ONLY);

        assertThat(assistant.answer("known")).isEqualTo(recorded);
        assertThat(assistant.answer("unknown")).isEqualTo("answer #2 to unknown");
        assertThat(assistant.answer("unknown")).as("not written").isEqualTo("answer #3 to unknown");
    }

    @Test
    void refreshReRecordsEveryCall() {
        assistant.answer("q");
        try (CacheScope refresh = CachedCompletions.withMode(CacheMode.REFRESH)) {
            assertThat(assistant.answer("q")).isEqualTo("answer #2 to q");
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.MISS);
        }
        assertThat(assistant.answer("q")).as("the refreshed answer was stored").isEqualTo("answer #2 to q");
        assertThat(CachedCompletions.lastOutcome().fromCache()).isTrue();
    }

    @Test
    void offBypassesTheCacheForOneScope() {
        assistant.answer("q");
        try (CacheScope off = CachedCompletions.withMode(CacheMode.OFF)) {
            assertThat(assistant.answer("q")).isEqualTo("answer #2 to q");
            assertThat(CachedCompletions.lastOutcome()).isEqualTo(CacheOutcome.BYPASSED);
        }
        assertThat(assistant.answer("q")).isEqualTo("answer #1 to q");
    }
}
