package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.CompiledClasses.key;
import static dev.cachedcompletion.processor.KeyAssertions.assertDifferentKey;
import static dev.cachedcompletion.processor.KeyAssertions.assertSameKey;

import com.google.testing.compile.JavaFileObjects;
import dev.cachedcompletion.spi.CacheKey;
import org.junit.jupiter.api.Test;

/**
 * The processor rejects one {@code name} used twice in a compilation, but cannot see two modules
 * compiled apart. Methods that share a name there but return values of different shapes must not
 * share entries: a store would hand one the other's value (a {@code ClassCastException} from the
 * memory store, which keeps objects). The value's shape is part of the method's identity in the key.
 */
class SharedNameAcrossCompilationsTest {

    @Test
    void sameNameWithAnotherReturnTypeIsAnotherKey() {
        CacheKey text = keyOfSharedNameReturning("String", "q");
        CacheKey number = keyOfSharedNameReturning("Integer", "q.length()");
        CacheKey record = keyOfSharedNameReturning("Answer", "new Answer(q)");

        assertDifferentKey(number, text);
        assertDifferentKey(record, text);
        assertSameKey(keyOfSharedNameReturning("String", "q + \"!\""), text);
    }

    /** Compiles, on its own, a class whose {@code @CachedCompletion(name = "shared")} method returns {@code type}. */
    private static CacheKey keyOfSharedNameReturning(String type, String body) {
        CompiledClasses classes = CompiledClasses.compile(JavaFileObjects.forSourceLines("test.Module",
                "package test;",
                "import dev.cachedcompletion.CachedCompletion;",
                "public class Module {",
                "    public record Answer(String text) { }",
                "    @CachedCompletion(name = \"shared\")",
                "    public " + type + " ask(String q) { return " + body + "; }",
                "}"));
        return key(classes.keys("test.Module_CachedCompletion"), "ask(java.lang.String)", null, "same question");
    }
}
