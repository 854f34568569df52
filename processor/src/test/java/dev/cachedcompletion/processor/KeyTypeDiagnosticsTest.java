package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.ErrorAssertions.assertSingleError;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** [CachedCompletionKeyType]: parameter types with no stable value to key on. */
class KeyTypeDiagnosticsTest {

    static Stream<Arguments> unkeyableParameterTypes() {
        return Stream.of(
                cases("Object", "", "Object value", "Object has no stable value to key on"),
                cases("Stream", "", "Stream<String> value", "a stream is consumed when it is read"),
                cases("Iterator", "", "Iterator<String> value", "an iterator is consumed when it is read"),
                cases("Iterable", "", "Iterable<String> value", "only List and Set have a canonical order"),
                cases("Collection", "", "Collection<String> value", "only List and Set have a canonical order"),
                cases("Runnable", "", "Runnable value", "a function has no value that can be compared"),
                cases("Function", "", "Function<String, String> value", "a function has no value that can be compared"),
                cases("InputStream", "", "InputStream value", "it is an I/O handle, not a value"),
                cases("File", "", "File value", "a file name says nothing about the file's content"),
                cases("Path", "", "Path value", "a file name says nothing about the file's content"),
                cases("raw List", "", "List value", "it is a raw type: declare its type arguments"),
                cases("type variable", "", "T value", "it is a type variable"),
                cases("wildcard", "", "List<?> value", "a wildcard has no declared canonical form"),
                cases("plain class", "static class Request { String text; }", "Request value",
                        "it has no declared canonical form"),
                cases("Optional", "", "Optional<String> value", "pass the value itself (null when absent)"),
                cases("record with an unsupported component", "record Request(String text, Object extra) { }",
                        "Request value",
                        "record component Request.extra: java.lang.Object cannot be part of a cache key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unkeyableParameterTypes")
    void rejected(String name, String declaration, String parameter, String advice) {
        String method = "<T> String joke(" + parameter + ")";
        assertSingleError(
                classWithBody("Jokes",
                        "  " + declaration,
                        "  @CachedCompletion " + method + " { return \"\"; }"),
                "CachedCompletionKeyType", method, "parameter value: ", advice);
    }

    private static Arguments cases(String name, String declaration, String parameter, String advice) {
        return Arguments.of(name, declaration, parameter, advice);
    }
}
