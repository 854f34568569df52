package dev.cachedcompletion.reliability.core;

import dev.cachedcompletion.CachedCompletion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A method whose parameters cover every family of key value (strings, boxed numbers, decimals,
 * lists, sets, maps, nested records), for the key distinctness fuzz test. Tests build its keys
 * through the generated site; the body is never the point.
 */
public class FuzzService {

    @CachedCompletion
    public String ask(String text, Integer count, Long total, Double score, BigDecimal price, List<String> tags,
            Set<Integer> ids, Map<String, Long> weights, Prompt prompt) {
        return "answer";
    }
}
