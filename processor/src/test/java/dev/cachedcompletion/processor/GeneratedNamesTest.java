package dev.cachedcompletion.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.cachedcompletion.naming.GeneratedNames;
import org.junit.jupiter.api.Test;

/**
 * A nested {@code Chat.Bot} and a top-level {@code Chat_Bot} in one package once mapped to one
 * generated class: one compilation failed with a FilerException, and two jars made one class load
 * the other's key code. Each class now gets its own generated class, found by the runtime's rule.
 */
class GeneratedNamesTest {

    @Test
    void nestedAndUnderscoredClassesGetDistinctGeneratedClasses() {
        CompiledClasses classes = CompiledClasses.compile(
                JavaFileObjects.forSourceLines("test.Chat",
                        "package test;",
                        "import dev.cachedcompletion.CachedCompletion;",
                        "public class Chat {",
                        "    public static class Bot {",
                        "        @CachedCompletion public String ask(String q) { return q; }",
                        "    }",
                        "}"),
                JavaFileObjects.forSourceLines("test.Chat_Bot",
                        "package test;",
                        "import dev.cachedcompletion.CachedCompletion;",
                        "public class Chat_Bot {",
                        "    @CachedCompletion public String ask(String q) { return q; }",
                        "}"));

        String nested = GeneratedNames.keysClass("test.Chat$Bot");
        String underscored = GeneratedNames.keysClass("test.Chat_Bot");

        assertThat(nested).isNotEqualTo(underscored);
        assertThat(classes.keys(nested).site("ask(java.lang.String)").identity())
                .isEqualTo("test.Chat$Bot#ask(java.lang.String)");
        assertThat(classes.keys(underscored).site("ask(java.lang.String)").identity())
                .isEqualTo("test.Chat_Bot#ask(java.lang.String)");
    }

    @Test
    void escapedNamesReadBackToOneClassName() {
        // Pairs that a plain '$' -> '_' rule, or '_' -> '__' with '$' -> '_', would merge.
        assertThat(GeneratedNames.keysClass("p.A$_B")).isNotEqualTo(GeneratedNames.keysClass("p.A_$B"));
        assertThat(GeneratedNames.keysClass("p.A$$B")).isNotEqualTo(GeneratedNames.keysClass("p.A_B"));
        assertThat(GeneratedNames.keysClass("p.A")).isEqualTo("p.A_CachedCompletion");
        assertThat(GeneratedNames.keysClass("Top$In")).isEqualTo("Top__In_CachedCompletion");
        assertThat(GeneratedNames.keysClass("p.q_r.Chat_Bot")).isEqualTo("p.q_r.Chat_uBot_CachedCompletion");
    }
}
