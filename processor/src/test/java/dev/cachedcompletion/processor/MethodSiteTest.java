package dev.cachedcompletion.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.cachedcompletion.support.GeneratedKeys;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What the generated site tells the runtime about a method besides its keys: TTL, value type, sharing. */
class MethodSiteTest {

    private static final GeneratedKeys KEYS = CompiledClasses.compile(JavaFileObjects.forSourceLines("test.Answers",
            "package test;",
            "",
            "import dev.cachedcompletion.CachedCompletion;",
            "import java.util.List;",
            "",
            "public class Answers {",
            "    public record Answer(String text, String source) { }",
            "",
            "    @CachedCompletion(ttl = \"7d\") public String text(String q) { return q; }",
            "    @CachedCompletion public Answer answer(String q) { return null; }",
            "    @CachedCompletion public List<String> lines(String q) { return List.of(q); }",
            "    @CachedCompletion public java.util.concurrent.CompletableFuture<Answer> later(String q) { return null; }",
            "    @CachedCompletion public java.util.concurrent.CompletionStage<List<String>> stage(String q) {",
            "        return null;",
            "    }",
            "}")).keys("test.Answers_CachedCompletion");

    @Test
    void asyncMethodsCacheTheValueTheirFutureCompletesWith() {
        assertThat(KEYS.site("later(java.lang.String)").async()).isTrue();
        assertThat(KEYS.site("later(java.lang.String)").returnType().getTypeName()).isEqualTo("test.Answers$Answer");
        assertThat(KEYS.site("later(java.lang.String)").immutableValue()).isTrue();
        assertThat(KEYS.site("stage(java.lang.String)").async()).isTrue();
        assertThat(KEYS.site("stage(java.lang.String)").returnType().getTypeName())
                .isEqualTo("java.util.List<java.lang.String>");
        assertThat(KEYS.site("stage(java.lang.String)").immutableValue()).isFalse();
        assertThat(KEYS.site("text(java.lang.String)").async()).isFalse();
    }

    @Test
    void ttlFromTheAnnotation() {
        assertThat(KEYS.site("text(java.lang.String)").ttl()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void noTtlMeansTheStoreDefault() {
        assertThat(KEYS.site("answer(java.lang.String)").ttl()).isNull();
    }

    @Test
    void stringsAndRecordsOfStringsMayBeSharedListsMayNot() {
        assertThat(KEYS.site("text(java.lang.String)").immutableValue()).isTrue();
        assertThat(KEYS.site("answer(java.lang.String)").immutableValue()).isTrue();
        assertThat(KEYS.site("lines(java.lang.String)").immutableValue()).isFalse();
    }

    @Test
    void returnTypeKeepsItsTypeArguments() {
        assertThat(KEYS.site("lines(java.lang.String)").returnType().getTypeName())
                .isEqualTo("java.util.List<java.lang.String>");
        assertThat(KEYS.site("answer(java.lang.String)").returnType().getTypeName()).isEqualTo("test.Answers$Answer");
    }
}
