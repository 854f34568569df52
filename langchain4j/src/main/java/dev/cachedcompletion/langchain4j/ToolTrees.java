package dev.cachedcompletion.langchain4j;

import dev.langchain4j.agent.tool.ToolSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Key trees of the tools a request offers, in order: name, description, parameter schema, and the
 * metadata and strict flag, which some providers send too. Stateless.
 */
final class ToolTrees {

    private ToolTrees() {}

    static List<Object> of(List<ToolSpecification> tools) {
        if (tools == null) {
            return null;
        }
        List<Object> trees = new ArrayList<>(tools.size());
        for (ToolSpecification tool : tools) {
            trees.add(of(tool));
        }
        return trees;
    }

    private static Object of(ToolSpecification tool) {
        if (tool == null) {
            return null;
        }
        Map<String, Object> tree = Trees.ofType("tool");
        tree.put("name", tool.name());
        tree.put("description", tool.description());
        tree.put("parameters", SchemaTrees.of(tool.parameters()));
        tree.put("metadata", ValueTrees.of(tool.metadata()));
        tree.put("strict", tool.strict());
        return tree;
    }
}
