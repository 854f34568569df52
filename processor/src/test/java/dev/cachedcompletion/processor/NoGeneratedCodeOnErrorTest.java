package dev.cachedcompletion.processor;

import static dev.cachedcompletion.processor.TestCompiler.classWithBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class with any error gets no generated sibling, while the other classes of the compilation
 * still do. Plain javac into a directory, because compile-testing hides the generated files of a
 * failed compilation.
 */
class NoGeneratedCodeOnErrorTest {

    @TempDir
    Path output;

    @Test
    void classWithOneBadMethodGetsNoKeyClass() throws IOException {
        JavaFileObject broken = classWithBody("Broken",
                "  @CachedCompletion String fine(String topic) { return topic; }",
                "  @CachedCompletion void bad(String topic) { }");
        JavaFileObject healthy = classWithBody("Healthy",
                "  @CachedCompletion String fine(String topic) { return topic; }");

        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled = compile(diagnostics, broken, healthy);

        assertThat(compiled).isFalse();
        assertThat(diagnostics.getDiagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.getMessage(null)).startsWith("[CachedCompletionVoid]"));
        assertThat(output.resolve("test/Broken_CachedCompletion.java")).doesNotExist();
        assertThat(output.resolve("test/Healthy_CachedCompletion.java")).exists();
    }

    private boolean compile(DiagnosticCollector<JavaFileObject> diagnostics, JavaFileObject... sources)
            throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(Files.createDirectories(output)));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, null, null, List.of(sources));
            task.setProcessors(List.of(new CachedCompletionProcessor()));
            return task.call();
        }
    }
}
