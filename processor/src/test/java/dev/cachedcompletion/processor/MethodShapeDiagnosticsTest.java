package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.ErrorAssertions.assertSingleError;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;
import static dev.cachedcompletion.processor.TestCompiler.source;

import org.junit.jupiter.api.Test;

/** [CachedCompletionVoid], [CachedCompletionAbstract], [CachedCompletionPrivateClass]. */
class MethodShapeDiagnosticsTest {

    @Test
    void voidMethod() {
        assertSingleError(
                classWithBody("Jokes", "  @CachedCompletion void joke(String topic) { }"),
                "CachedCompletionVoid", "void joke(", "returns void, so there is no answer to cache");
    }

    @Test
    void abstractMethod() {
        assertSingleError(
                source("Jokes",
                        "abstract class Jokes {",
                        "  @CachedCompletion abstract String joke(String topic);",
                        "}"),
                "CachedCompletionAbstract", "abstract String joke(", "Annotate the overriding method");
    }

    @Test
    void interfaceMethod() {
        assertSingleError(
                source("Jokes",
                        "interface Jokes {",
                        "  @CachedCompletion String joke(String topic);",
                        "}"),
                "CachedCompletionAbstract", "String joke(", "Annotate the implementing method");
    }

    @Test
    void nativeMethod() {
        assertSingleError(
                classWithBody("Jokes", "  @CachedCompletion native String joke(String topic);"),
                "CachedCompletionAbstract", "native String joke(", "native method joke: there is no Java body");
    }

    @Test
    void methodOfPrivateClass() {
        assertSingleError(
                classWithBody("Outer",
                        "  private static class Jokes {",
                        "    @CachedCompletion String joke(String topic) { return topic; }",
                        "  }"),
                "CachedCompletionPrivateClass", "String joke(", "Make the class package-private");
    }
}
