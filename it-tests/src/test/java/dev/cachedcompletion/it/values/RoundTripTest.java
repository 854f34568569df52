package dev.cachedcompletion.it.values;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.it.StoreKind;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a hit returns equals what the body returned, for every kind of value, in every store. A
 * SQLite store is reopened between the calls, so its hit is decoded from the file.
 */
class RoundTripTest {

    @TempDir
    Path dir;

    private final ScalarService scalars = new ScalarService();
    private final StructuredService structured = new StructuredService();

    @AfterEach
    void closeFile() {
        CachedCompletions.useStore("memory");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void textWithEmojiAndCjk(StoreKind store) {
        String text = roundTrip(store, scalars.calls, () -> scalars.text("質問 🤔"));
        assertThat(text).startsWith("質問 🤔 → 答えは「はい」です 🎉👍🏽");
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void primitives(StoreKind store) {
        assertThat(roundTrip(store, scalars.calls, () -> scalars.tokens("four"))).isEqualTo(-4_000_012);
        assertThat(roundTrip(store, scalars.calls, () -> scalars.score("four"))).isEqualTo(4 / 3.0);
        assertThat(roundTrip(store, scalars.calls, () -> scalars.approve(""))).isTrue();
        assertThat(roundTrip(store, scalars.calls, () -> scalars.approve("no"))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void immutableRecord(StoreKind store) {
        assertThat(roundTrip(store, structured.calls, () -> structured.verdict("v")))
                .isEqualTo(new Verdict("label of v", 0.25, Mood.GRIM));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void recordWithListAndNestedRecord(StoreKind store) {
        roundTrip(store, structured.calls, () -> structured.answer("a"));
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void listOfRecords(StoreKind store) {
        assertThat(roundTrip(store, structured.calls, () -> structured.answers("a"))).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void mapOfLists(StoreKind store) {
        assertThat(roundTrip(store, structured.calls, () -> structured.positions("to be or not to be")))
                .containsEntry("be", java.util.List.of(1, 5))
                .containsEntry("empty", java.util.List.of());
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void nestedGenerics(StoreKind store) {
        assertThat(roundTrip(store, structured.calls, () -> structured.byTopicAndLanguage("tea")))
                .containsOnlyKeys("tea");
    }

    /** Calls twice, reopening the store in between; the second call must hit and return an equal value. */
    private <T> T roundTrip(StoreKind store, AtomicInteger calls, Supplier<T> call) {
        store.useFresh(dir);
        T first = miss(calls, call);
        store.reopen(dir);
        T second = hit(calls, call);
        assertThat(second).isEqualTo(first);
        return second;
    }
}
