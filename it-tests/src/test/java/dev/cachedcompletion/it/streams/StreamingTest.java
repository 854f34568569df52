package dev.cachedcompletion.it.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.it.StoreKind;
import dev.cachedcompletion.it.streams.ScriptedModel.Call;
import dev.cachedcompletion.it.streams.StreamingAssistant.Token;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.adapter.JdkFlowAdapter;
import reactor.core.publisher.Flux;

/**
 * What a user of a streaming method relies on, in the memory store and in a SQLite file: elements
 * reach the caller as the model sends them; a complete stream is stored and replayed without the
 * body; a failed or cancelled one is not; concurrent identical callers share one model stream.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang fails the test instead of the build
class StreamingTest {

    @TempDir
    Path dir;

    private final StreamingAssistant assistant = new StreamingAssistant();

    @AfterEach
    void memoryAgain() {
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aMissRelaysEachElementAsItArrivesAndAHitReplaysThemWithoutTheBody(StoreKind store) throws Exception {
        store.useFresh(dir);
        Received<String> first = Received.from(assistant.chat("tell me a joke"));
        Call model = assistant.model.nextCall();

        model.emit("Why");
        assertThat(first.next()).isEqualTo("Why"); // before the model has sent anything more
        model.emit(" did", " the");
        assertThat(first.next()).isEqualTo(" did");
        model.emit(" chicken").complete();
        assertThat(first.rest()).containsExactly("Why", " did", " the", " chicken");

        store.reopen(dir);
        Flux<String> again = assistant.chat("tell me a joke");
        assertThat(again.collectList().block()).containsExactly("Why", " did", " the", " chicken");
        assertThat(assistant.bodies).hasValue(1);
        assertThat(assistant.model.wasCalled()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void anotherPromptIsAnotherStream(StoreKind store) throws Exception {
        store.useFresh(dir);
        Received<String> first = Received.from(assistant.chat("one"));
        assistant.model.nextCall().emit("a").complete();
        first.rest();

        Received<String> second = Received.from(assistant.chat("two"));
        assistant.model.nextCall().emit("b").complete();
        assertThat(second.rest()).containsExactly("b");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void recordsAndListsOfElementsComeBackEqual(StoreKind store) throws Exception {
        store.useFresh(dir);
        Received<Token> tokens = Received.from(assistant.tokens("q"));
        assistant.model.nextCall().emit("x", "y").complete();
        List<Token> live = List.copyOf(tokens.rest());
        Received<List<String>> batches = Received.from(assistant.batches("q"));
        assistant.model.nextCall().emit("x").complete();
        List<List<String>> liveBatches = List.copyOf(batches.rest());

        store.reopen(dir);
        assertThat(assistant.tokens("q").collectList().block()).isEqualTo(live)
                .containsExactly(new Token(0, "x"), new Token(1, "y"));
        assertThat(assistant.batches("q").collectList().block()).isEqualTo(liveBatches);
        assertThat(assistant.bodies).hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aFlowPublisherIsCachedLikeAFlux(StoreKind store) throws Exception {
        store.useFresh(dir);
        Received<String> first = Received.from(JdkFlowAdapter.flowPublisherToFlux(assistant.chatPublisher("q")));
        Call model = assistant.model.nextCall();
        model.emit("first");
        assertThat(first.next()).isEqualTo("first");
        model.emit("second").complete();
        assertThat(first.rest()).containsExactly("first", "second");

        store.reopen(dir);
        assertThat(JdkFlowAdapter.flowPublisherToFlux(assistant.chatPublisher("q")).collectList().block())
                .containsExactly("first", "second");
        assertThat(assistant.bodies).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aJavaStreamIsStoredOnlyWhenReadToTheEnd(StoreKind store) throws Exception {
        store.useFresh(dir);
        CompletableFuture<List<String>> reader = CompletableFuture.supplyAsync(() -> {
            try (Stream<String> stream = assistant.chatStream("q")) {
                return stream.collect(Collectors.toList());
            }
        });
        Call model = assistant.model.nextCall();
        model.emit("a", "b").complete();
        assertThat(reader.get(10, TimeUnit.SECONDS)).containsExactly("a", "b");

        try (Stream<String> partly = assistant.chatStream("other")) {
            CompletableFuture<String> firstOnly = CompletableFuture.supplyAsync(() -> partly.findFirst().orElseThrow());
            Call other = assistant.model.nextCall();
            other.emit("c");
            assertThat(firstOnly.get(10, TimeUnit.SECONDS)).isEqualTo("c");
        }

        store.reopen(dir);
        try (Stream<String> replay = assistant.chatStream("q")) {
            assertThat(replay.collect(Collectors.toList())).containsExactly("a", "b");
        }
        assertThat(assistant.model.wasCalled()).isFalse();
        CompletableFuture<List<String>> unfinishedAgain = CompletableFuture.supplyAsync(() -> {
            try (Stream<String> stream = assistant.chatStream("other")) {
                return stream.collect(Collectors.toList());
            }
        });
        assistant.model.nextCall().emit("c", "d").complete(); // the half-read stream was not stored
        assertThat(unfinishedAgain.get(10, TimeUnit.SECONDS)).containsExactly("c", "d");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aFailedStreamReachesTheCallerUnchangedAndIsNotStored(StoreKind store) throws Exception {
        store.useFresh(dir);
        IllegalStateException modelFailure = new IllegalStateException("connection reset by the model");
        Received<String> first = Received.from(assistant.chat("q"));
        Call model = assistant.model.nextCall();
        model.emit("half an");
        assertThat(first.next()).isEqualTo("half an");
        model.fail(modelFailure);
        assertThat(first.failure()).isSameAs(modelFailure);

        Received<String> second = Received.from(assistant.chat("q"));
        assistant.model.nextCall().emit("whole answer").complete();
        assertThat(second.rest()).containsExactly("whole answer");
        assertThat(assistant.bodies).hasValue(2);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aCallerThatCancelsEarlyCancelsTheModelAndNothingShortIsReplayedLater(StoreKind store) throws Exception {
        store.useFresh(dir);
        Received<String> first = Received.from(assistant.chat("q"));
        Call model = assistant.model.nextCall();
        model.emit("Once");
        assertThat(first.next()).isEqualTo("Once");
        first.cancel();
        assertThat(model.cancelled).isTrue();
        model.emit(" upon").complete(); // what a model that ignores the cancel still sends

        Received<String> second = Received.from(assistant.chat("q"));
        Call again = assistant.model.nextCall();
        again.emit("Once", " upon", " a time").complete();
        assertThat(second.rest()).containsExactly("Once", " upon", " a time");
        assertThat(assistant.chat("q").collectList().block()).containsExactly("Once", " upon", " a time");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aCallerArrivingWhileTheStreamIsLiveJoinsItFromTheFirstElement(StoreKind store) throws Exception {
        store.useFresh(dir);
        Received<String> first = Received.from(assistant.chat("q"));
        Call model = assistant.model.nextCall();
        model.emit("a", "b");
        assertThat(first.next()).isEqualTo("a");
        assertThat(first.next()).isEqualTo("b");

        Received<String> joined = Received.from(assistant.chat("q"));
        assertThat(joined.next()).isEqualTo("a");
        assertThat(joined.next()).isEqualTo("b");
        model.emit("c");
        assertThat(first.next()).isEqualTo("c");
        assertThat(joined.next()).isEqualTo("c");
        model.complete();
        assertThat(first.rest()).containsExactly("a", "b", "c");
        assertThat(joined.rest()).containsExactly("a", "b", "c");
        assertThat(assistant.model.wasCalled()).isFalse();
        assertThat(assistant.bodies).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void whenTheFirstCallerCancelsTheJoinedCallerStillGetsTheWholeStreamAndItIsStored(StoreKind store)
            throws Exception {
        store.useFresh(dir);
        Received<String> first = Received.from(assistant.chat("q"));
        Call model = assistant.model.nextCall();
        model.emit("a");
        assertThat(first.next()).isEqualTo("a");
        Received<String> joined = Received.from(assistant.chat("q"));
        assertThat(joined.next()).isEqualTo("a");

        first.cancel();
        assertThat(model.cancelled).isFalse();
        model.emit("b").complete();
        assertThat(joined.rest()).containsExactly("a", "b");

        store.reopen(dir);
        assertThat(assistant.chat("q").collectList().block()).containsExactly("a", "b");
        assertThat(assistant.bodies).hasValue(1);
    }
}
