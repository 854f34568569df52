package dev.cachedcompletion.langchain4j;

import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonBooleanSchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonIntegerSchema;
import dev.langchain4j.model.chat.request.json.JsonNullSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonReferenceSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Key trees of JSON schemas (tool parameters, structured output), every element kind of
 * LangChain4j 1.19 walked to the leaves. Object properties and definitions are kept as ordered
 * lists, not maps: with structured outputs the model writes the fields in schema order, so
 * reordering the properties changes the answer. Classes are matched exactly; an element of
 * another class is keyed {@linkplain ValueTrees#opaque opaquely}. Stateless.
 */
final class SchemaTrees {

    private SchemaTrees() {}

    static Object of(JsonSchemaElement element) {
        if (element == null) {
            return null;
        }
        Class<?> type = element.getClass();
        if (type == JsonObjectSchema.class) {
            return object((JsonObjectSchema) element);
        }
        if (type == JsonStringSchema.class) {
            return described("string", element);
        }
        if (type == JsonIntegerSchema.class) {
            return described("integer", element);
        }
        if (type == JsonNumberSchema.class) {
            return described("number", element);
        }
        if (type == JsonBooleanSchema.class) {
            return described("boolean", element);
        }
        if (type == JsonNullSchema.class) {
            return described("null", element);
        }
        if (type == JsonEnumSchema.class) {
            Map<String, Object> tree = described("enum", element);
            tree.put("enumValues", ValueTrees.of(((JsonEnumSchema) element).enumValues()));
            return tree;
        }
        if (type == JsonArraySchema.class) {
            Map<String, Object> tree = described("array", element);
            tree.put("items", of(((JsonArraySchema) element).items()));
            return tree;
        }
        if (type == JsonAnyOfSchema.class) {
            Map<String, Object> tree = described("anyOf", element);
            tree.put("anyOf", list(((JsonAnyOfSchema) element).anyOf()));
            return tree;
        }
        if (type == JsonReferenceSchema.class) {
            Map<String, Object> tree = described("reference", element);
            tree.put("reference", ((JsonReferenceSchema) element).reference());
            return tree;
        }
        if (type == JsonRawSchema.class) {
            Map<String, Object> tree = described("raw", element);
            tree.put("schema", ((JsonRawSchema) element).schema());
            return tree;
        }
        return ValueTrees.opaque(element);
    }

    private static Map<String, Object> object(JsonObjectSchema object) {
        Map<String, Object> tree = described("object", object);
        tree.put("properties", namedList(object.properties()));
        tree.put("required", ValueTrees.of(object.required()));
        tree.put("additionalProperties", object.additionalProperties());
        tree.put("definitions", namedList(object.definitions()));
        return tree;
    }

    private static Map<String, Object> described(String type, JsonSchemaElement element) {
        Map<String, Object> tree = Trees.ofType(type);
        tree.put("description", element.description());
        return tree;
    }

    private static List<Object> list(List<JsonSchemaElement> elements) {
        if (elements == null) {
            return null;
        }
        List<Object> trees = new ArrayList<>(elements.size());
        for (JsonSchemaElement element : elements) {
            trees.add(of(element));
        }
        return trees;
    }

    /** Entries in map order, each a two-element list of name and schema. */
    private static List<Object> namedList(Map<String, JsonSchemaElement> elements) {
        if (elements == null) {
            return null;
        }
        List<Object> trees = new ArrayList<>(elements.size());
        for (Map.Entry<String, JsonSchemaElement> entry : elements.entrySet()) {
            trees.add(Arrays.asList(entry.getKey(), of(entry.getValue())));
        }
        return trees;
    }
}
