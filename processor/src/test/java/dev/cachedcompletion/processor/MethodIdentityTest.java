package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.CompiledClasses.key;
import static dev.cachedcompletion.processor.KeyAssertions.assertDifferentKey;
import static dev.cachedcompletion.processor.KeyAssertions.assertSameKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.cachedcompletion.spi.CacheKey;
import org.junit.jupiter.api.Test;

/**
 * What identifies a method in its keys: {@code name} or the signature, {@code version} and
 * {@code model}. Each variant is its own compilation, as a later build of the same class would be.
 */
class MethodIdentityTest {

    @Test
    void versionModelAndNameChangeTheKey() {
        CacheKey base = jokeKey("", "joke");

        assertSameKey(jokeKey("version = 1", "joke"), base);
        assertDifferentKey(jokeKey("version = 2", "joke"), base);
        assertDifferentKey(jokeKey("model = \"openai:gpt-4o-mini;temperature=0\"", "joke"), base);
        assertDifferentKey(jokeKey("name = \"stable-joke\"", "joke"), base);
    }

    @Test
    void explicitNameKeepsKeysAcrossARename() {
        CacheKey before = jokeKey("name = \"stable-joke\"", "joke");
        CacheKey after = jokeKey("name = \"stable-joke\"", "tellJoke");

        assertThat(after.methodId()).isEqualTo("stable-joke");
        assertSameKey(after, before);
        assertDifferentKey(jokeKey("", "tellJoke"), jokeKey("", "joke"));
    }

    @Test
    void nestedClassGetsOuterInnerKeyClass() {
        CompiledClasses classes = CompiledClasses.compile(JavaFileObjects.forSourceLines("test.Outer",
                "package test;",
                "",
                "import dev.cachedcompletion.CachedCompletion;",
                "",
                "public class Outer {",
                "    public static class Inner {",
                "        @CachedCompletion public String joke(String topic) { return topic; }",
                "    }",
                "}"));

        var site = classes.keys("test.Outer__Inner_CachedCompletion").site("joke(java.lang.String)");

        assertThat(site.identity()).isEqualTo("test.Outer$Inner#joke(java.lang.String)");
        assertSameKey(site.key(null, new Object[] {"cats"}), site.key(null, new Object[] {"cats"}));
        assertDifferentKey(site.key(null, new Object[] {"cats"}), site.key(null, new Object[] {"dogs"}));
    }

    /** The key of {@code joke("cats")} on a class compiled with these annotation attributes and method name. */
    private static CacheKey jokeKey(String attributes, String methodName) {
        CompiledClasses classes = CompiledClasses.compile(JavaFileObjects.forSourceLines("test.Jokes",
                "package test;",
                "",
                "import dev.cachedcompletion.CachedCompletion;",
                "",
                "public class Jokes {",
                "    @CachedCompletion(" + attributes + ")",
                "    public String " + methodName + "(String topic) { return topic; }",
                "}"));
        return key(classes.keys("test.Jokes_CachedCompletion"), methodName + "(java.lang.String)",
                classes.instantiate("test.Jokes"), "cats");
    }
}
