package dev.cachedcompletion.it.key;

import dev.cachedcompletion.CachedCompletion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Maps, sets, arrays and nested collections as arguments: keyed by content, not by iteration order. */
public class CollectionArgumentsService {

    public final AtomicInteger calls = new AtomicInteger();

    @CachedCompletion
    public String rank(Map<String, Integer> weights, Set<String> tags, int[] ids, String[] labels,
            List<List<String>> groups, Map<String, Persona> cast) {
        return "ranking #" + calls.incrementAndGet();
    }
}
