package dev.cachedcompletion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;

/** The one shape every diagnostic test checks: exactly one error, its tag, its advice, its line. */
final class ErrorAssertions {

    private ErrorAssertions() {
    }

    /**
     * Compiles {@code source} and asserts that the only error is {@code [tag]}, that it points at the
     * line containing {@code line}, and that its message contains each of {@code phrases}.
     */
    static Compilation assertSingleError(JavaFileObject source, String tag, String line, String... phrases) {
        Compilation compilation = TestCompiler.compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[" + tag + "]").inFile(source).onLineContaining(line);
        for (String phrase : phrases) {
            assertThat(compilation).hadErrorContaining(phrase).inFile(source).onLineContaining(line);
        }
        return compilation;
    }
}
