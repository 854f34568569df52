package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.ErrorAssertions.assertSingleError;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** [CachedCompletionKeyPart]: members the generated key code could not read or key on. */
class KeyPartDiagnosticsTest {

    static Stream<Arguments> unreadableKeyParts() {
        return Stream.of(
                Arguments.of("private field", "@KeyPart private String model = \"m\";",
                        "@KeyPart field model is private, so the generated key code"),
                Arguments.of("method with arguments", "@KeyPart String model(String suffix) { return suffix; }",
                        "@KeyPart method model takes arguments"),
                Arguments.of("void method", "@KeyPart void model() { }",
                        "@KeyPart method model returns nothing"),
                Arguments.of("generic method", "@KeyPart <T> String model() { return \"m\"; }",
                        "@KeyPart method model is generic: declare a concrete return type"),
                Arguments.of("unsupported type", "@KeyPart Object model = \"m\";",
                        "@KeyPart model: java.lang.Object cannot be part of a cache key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableKeyParts")
    void rejected(String name, String keyPart, String advice) {
        assertSingleError(
                classWithBody("Jokes",
                        "  " + keyPart,
                        "  @CachedCompletion String joke(String topic) { return topic; }"),
                "CachedCompletionKeyPart", keyPart, advice);
    }

    @Test
    void aKeyPartTheEnclosingInstanceHoldsCannotBeReachedFromAnInnerClass() {
        assertSingleError(
                classWithBody("Outer",
                        "  @KeyPart final String systemPrompt = \"be brief\";",
                        "  class Inner {",
                        "    @CachedCompletion String joke(String topic) { return topic; }",
                        "  }"),
                "CachedCompletionKeyPart", "class Inner {",
                "inner class Inner has an enclosing instance of Outer whose @KeyPart systemPrompt",
                "Make Inner a static nested class");
    }

    @Test
    void aPrivateKeyPartOfASuperclassIsAnErrorOnTheSubclass() {
        JavaFileObject base = JavaFileObjects.forSourceLines("test.BaseBot",
                "package test;",
                "abstract class BaseBot {",
                "  @dev.cachedcompletion.KeyPart private final String systemPrompt = \"x\";",
                "}");
        JavaFileObject bot = JavaFileObjects.forSourceLines("test.JokeBot",
                "package test;",
                "class JokeBot extends BaseBot {",
                "  @dev.cachedcompletion.CachedCompletion String joke(String topic) { return topic; }",
                "}");

        assertOnlyErrorOn(TestCompiler.compile(base, bot), bot, "class JokeBot",
                "@KeyPart field BaseBot.systemPrompt is private");
    }

    @Test
    void aKeyPartAnotherPackageHidesIsAnErrorNamingIt() {
        JavaFileObject base = JavaFileObjects.forSourceLines("other.BaseBot",
                "package other;",
                "public abstract class BaseBot {",
                "  @dev.cachedcompletion.KeyPart protected final String systemPrompt = \"x\";",
                "}");
        JavaFileObject bot = JavaFileObjects.forSourceLines("test.JokeBot",
                "package test;",
                "class JokeBot extends other.BaseBot {",
                "  @dev.cachedcompletion.CachedCompletion String joke(String topic) { return topic; }",
                "}");

        assertOnlyErrorOn(TestCompiler.compile(base, bot), bot, "class JokeBot",
                "@KeyPart field BaseBot.systemPrompt of other.BaseBot belongs in the keys of JokeBot",
                "make it, and BaseBot, public");
    }

    private static void assertOnlyErrorOn(Compilation compilation, JavaFileObject file, String line, String... phrases) {
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[CachedCompletionKeyPart]").inFile(file).onLineContaining(line);
        for (String phrase : phrases) {
            assertThat(compilation).hadErrorContaining(phrase).inFile(file).onLineContaining(line);
        }
    }
}
