package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.ErrorAssertions.assertSingleError;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;

import java.util.stream.Stream;
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
}
