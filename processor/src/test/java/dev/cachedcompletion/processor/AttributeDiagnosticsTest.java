package dev.cachedcompletion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.cachedcompletion.processor.ErrorAssertions.assertSingleError;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.time.Duration;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** [CachedCompletionTtl] and [CachedCompletionName]: attributes of {@code @CachedCompletion}. */
class AttributeDiagnosticsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7 days | is not a duration: use 250ms, 30s, 10m, 12h, 7d or ISO-8601",
        "0s     | must be at least 1ms",
        "-5m    | is not a duration: use 250ms, 30s, 10m, 12h, 7d or ISO-8601",
        "-PT5M  | must be at least 1ms"})
    void malformedTtlIsRejected(String ttl, String advice) {
        String method = "@CachedCompletion(ttl = \"" + ttl + "\") String joke(String topic)";
        assertSingleError(
                classWithBody("Jokes", "  " + method + " { return topic; }"),
                "CachedCompletionTtl", method, "ttl \"" + ttl + "\" ", advice);
    }

    @ParameterizedTest
    @CsvSource({"250ms, PT0.25S", "7d, PT168H", "PT90M, PT1H30M"})
    void validTtlIsCompiledIntoTheSite(String ttl, Duration expected) {
        CompiledClasses classes = CompiledClasses.compile(classWithBody("Jokes",
                "  @CachedCompletion(ttl = \"" + ttl + "\") String joke(String topic) { return topic; }"));

        var site = classes.keys("test.Jokes_CachedCompletion").site("joke(java.lang.String)");
        assertThat(site.ttl()).isEqualTo(expected);
    }

    @Test
    void nameUsedTwiceInOneClass() {
        assertSingleError(
                classWithBody("Jokes",
                        "  @CachedCompletion(name = \"joke\") String first(String topic) { return topic; }",
                        "  @CachedCompletion(name = \"joke\") String second(String topic) { return topic; }"),
                "CachedCompletionName", "String second(",
                "name \"joke\" is already used by test.Jokes.first", "Give each method its own name");
    }

    @Test
    void nameUsedTwiceInOneCompilation() {
        JavaFileObject first = classWithBody("Jokes",
                "  @CachedCompletion(name = \"joke\") String joke(String topic) { return topic; }");
        JavaFileObject second = classWithBody("Puns",
                "  @CachedCompletion(name = \"joke\") String pun(String topic) { return topic; }");

        Compilation compilation = TestCompiler.compile(first, second);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[CachedCompletionName] name \"joke\" is already used by test.Jokes.joke")
                .inFile(second).onLineContaining("String pun(");
    }
}
