package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.ErrorAssertions.assertSingleError;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** [CachedCompletionReturnType]: return types the codec could not rebuild from stored bytes. */
class ReturnTypeDiagnosticsTest {

    static Stream<Arguments> unrebuildableReturnTypes() {
        return Stream.of(
                cases("Object", "", "Object", "Object does not say which class to build"),
                cases("raw List", "", "List", "it is a raw type: declare its type arguments"),
                cases("type variable", "", "<T> T", "a type variable or wildcard does not say which class to build"),
                cases("Future", "", "java.util.concurrent.Future<String>",
                        "asynchronous methods are cached when they return CompletableFuture<T> or CompletionStage<T>"),
                cases("raw CompletableFuture", "", "java.util.concurrent.CompletableFuture",
                        "declare the type of the value it completes with"),
                cases("CompletableFuture of Object", "", "java.util.concurrent.CompletableFuture<Object>",
                        "Object does not say which class to build"),
                cases("Iterator", "", "java.util.Iterator<String>", "return the data itself, e.g. a List"),
                cases("stream of unknown elements", "", "Stream<?>", "declare the type of its elements"),
                cases("stream of Object", "", "Stream<Object>", "Object does not say which class to build"),
                cases("interface", "interface Answer { String text(); int score(); }", "Answer",
                        "it is abstract, and the cache never reads class names from stored data"),
                cases("abstract class", "abstract static class Answer { }", "Answer",
                        "it is abstract, and the cache never reads class names from stored data"),
                cases("no no-arg constructor", "static class Answer { Answer(String text) { } }", "Answer",
                        "Jackson needs a no-argument constructor or a @JsonCreator"),
                cases("Map with a record key", "record Topic(String name) { }", "Map<Topic, String>",
                        "map keys must be strings, numbers or enums"),
                cases("class-name type ids",
                        "@com.fasterxml.jackson.annotation.JsonTypeInfo("
                                + "use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.CLASS) interface Answer { }",
                        "Answer", "reads class names from stored data, which the cache never does"),
                cases("inner class", "class Answer { }", "Answer",
                        "an inner class needs its outer instance to be built: make it static"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unrebuildableReturnTypes")
    void rejected(String name, String declaration, String returnType, String advice) {
        assertSingleError(
                classWithBody("Jokes",
                        "  " + declaration,
                        "  @CachedCompletion " + returnType + " joke(String topic) { return null; }"),
                "CachedCompletionReturnType", returnType + " joke(", advice);
    }

    private static Arguments cases(String name, String declaration, String returnType, String advice) {
        return Arguments.of(name, declaration, returnType, advice);
    }

    @org.junit.jupiter.api.Test
    void polymorphicByLogicalTypeNamesIsAccepted() {
        com.google.testing.compile.CompilationSubject.assertThat(TestCompiler.compile(classWithBody("Jokes",
                "  @com.fasterxml.jackson.annotation.JsonTypeInfo(",
                "      use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME)",
                "  @com.fasterxml.jackson.annotation.JsonSubTypes({",
                "      @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Pun.class, name = \"pun\")})",
                "  interface Joke { }",
                "  record Pun(String text) implements Joke { }",
                "  @CachedCompletion Joke joke(String topic) { return new Pun(topic); }"))).succeeded();
    }
}
