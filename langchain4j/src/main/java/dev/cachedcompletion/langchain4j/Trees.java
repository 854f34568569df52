package dev.cachedcompletion.langchain4j;

import java.util.HashMap;
import java.util.Map;

/** The maps of a key tree: mutable, and taking {@code null} values, which most fields may be. */
final class Trees {

    private Trees() {}

    /** A map whose {@code "type"} entry says which kind of message, content or schema it describes. */
    static Map<String, Object> ofType(String type) {
        Map<String, Object> tree = new HashMap<>();
        tree.put("type", type);
        return tree;
    }
}
