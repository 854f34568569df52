package dev.cachedcompletion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.cachedcompletion.processor.ErrorAssertions.assertSingleError;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** [CachedCompletionCredential]: a secret never enters a key unless the user says so. */
class CredentialDiagnosticsTest {

    @ParameterizedTest
    @ValueSource(strings = {"apiKey", "api_key", "token", "accessToken", "password", "secret", "authorization"})
    void credentialParameterIsRejected(String name) {
        String method = "String joke(String topic, String " + name + ")";
        assertSingleError(
                classWithBody("Jokes", "  @CachedCompletion " + method + " { return topic; }"),
                "CachedCompletionCredential", method,
                "parameter " + name + " looks like a credential",
                "mark it @ExcludeFromKey, or @KeyIncludesSecret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"int maxTokens", "int tokenCount", "String keyword", "String topic"})
    void namesThatOnlyMentionTokensOrKeysCompile(String parameter) {
        assertCompilesWithKeyCode("  @CachedCompletion String joke(" + parameter + ") { return \"\"; }");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@ExcludeFromKey", "@KeyIncludesSecret"})
    void markedCredentialCompiles(String marker) {
        assertCompilesWithKeyCode("  @CachedCompletion String joke(String topic, " + marker + " String apiKey) {"
                + " return topic; }");
    }

    private static void assertCompilesWithKeyCode(String method) {
        Compilation compilation = TestCompiler.compile(classWithBody("Jokes", method));
        assertThat(compilation).succeeded();
        assertThat(compilation.generatedSourceFile("test/Jokes_CachedCompletion")).isPresent();
    }
}
