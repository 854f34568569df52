package dev.cachedcompletion.it.key;

import static dev.cachedcompletion.it.Counting.hit;
import static dev.cachedcompletion.it.Counting.miss;

import dev.cachedcompletion.CachedCompletions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A @KeyPart of a collection type is keyed by its content at call time. */
class ListKeyPartTest {

    private final AtomicInteger calls = new AtomicInteger();

    @BeforeEach
    void freshStore() {
        CachedCompletions.useStore("memory");
    }

    @Test
    void aListKeyPartIsKeyedByContent() {
        List<String> tools = new ArrayList<>(List.of("search"));
        miss(calls, () -> new ToolsService(calls, tools).plan("trip"));
        hit(calls, () -> new ToolsService(calls, List.of("search")).plan("trip"));
        miss(calls, () -> new ToolsService(calls, List.of("search", "maps")).plan("trip"));
        // Changing the list the instance holds changes its key from then on.
        tools.add("calendar");
        miss(calls, () -> new ToolsService(calls, tools).plan("trip"));
        hit(calls, () -> new ToolsService(calls, List.of("search")).plan("trip"));
    }
}
