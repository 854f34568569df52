package dev.cachedcompletion.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.spi.StoreSpec;
import dev.cachedcompletion.spi.StoredValue;
import dev.cachedcompletion.testing.SyntheticSite;
import org.junit.jupiter.api.Test;

/** The memory store stays within the bounds its spec sets, whatever is put into it. */
class MemoryStoreBoundsTest {

    private static final SyntheticSite SITE = SyntheticSite.strings("bounds.Service#ask(java.lang.String)", 1);

    @Test
    void byteBoundHoldsAfterManyPuts() {
        MemoryStore store = open("memory?maxBytes=64k");
        for (int i = 0; i < 1_000; i++) {
            store.put(SITE.keyOf("prompt " + i), value(500), null);
        }

        assertThat(store.weightedSize()).isLessThanOrEqualTo(64 * 1024)
                .as("the bound is used, not met by dropping everything").isGreaterThan(32 * 1024);
    }

    @Test
    void valueLargerThanTheWholeBoundIsNotKept() {
        MemoryStore store = open("memory?maxBytes=16k");
        store.put(SITE.keyOf("huge"), value(64 * 1024), null);

        assertThat(store.weightedSize()).isLessThanOrEqualTo(16 * 1024);
        assertThat(store.get(SITE.keyOf("huge"))).isNull();
    }

    @Test
    void entryBoundHoldsAfterManyPuts() {
        MemoryStore store = open("memory?maxEntries=50");
        for (int i = 0; i < 500; i++) {
            store.put(SITE.keyOf("prompt " + i), value(10), null);
        }

        assertThat(store.size()).isLessThanOrEqualTo(50).isGreaterThan(25);
    }

    @Test
    void withBothBoundsTinyEntriesStillRespectTheEntryBound() {
        // 1 MiB would hold thousands of tiny entries: the entry bound must win.
        MemoryStore store = open("memory?maxBytes=1m&maxEntries=20");
        for (int i = 0; i < 200; i++) {
            store.put(SITE.keyOf("p" + i), value(1), null);
        }

        assertThat(store.size()).isLessThanOrEqualTo(20).isGreaterThan(10);
        assertThat(store.weightedSize()).isLessThanOrEqualTo(1024 * 1024);
    }

    @Test
    void withoutOptionsTheStoreIsBoundedByBytes() {
        MemoryStore store = open("memory");
        store.put(SITE.keyOf("prompt"), value(100), null);

        // A weight is only tracked when a byte bound is set; the default must be bounded.
        assertThat(store.weightedSize()).isGreaterThan(100);
    }

    @Test
    void keepsAnImmutableResultAsTheObjectItself() {
        MemoryStore store = open("memory");
        String result = new String("answer");
        store.put(SITE.keyOf("prompt"), StoredValue.ofObject(result, 8), null);

        assertThat(store).isInstanceOf(dev.cachedcompletion.spi.ObjectKeepingStore.class);
        assertThat(store.get(SITE.keyOf("prompt")).object()).isSameAs(result);
    }

    private static MemoryStore open(String spec) {
        return (MemoryStore) new MemoryStoreProvider().open(StoreSpec.parse(spec));
    }

    private static StoredValue value(int length) {
        return StoredValue.ofBytes(new byte[length]);
    }
}
