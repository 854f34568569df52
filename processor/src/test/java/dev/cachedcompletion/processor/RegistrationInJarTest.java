package dev.cachedcompletion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integration modules reach users as jars, and javac looks into a jar differently from a directory:
 * a registration must be found there too. (Under META-INF it would not be: javac skips directories
 * whose names are not Java identifiers when it indexes a jar, as the second test shows.)
 */
class RegistrationInJarTest {

    private static final String REQUEST = "dev.cachedcompletion.processor.fixtures.JarRegisteredRequest";
    private static final String METHOD = "  @CachedCompletion String ask(" + REQUEST + " request) { return \"\"; }";

    @Test
    void aRegistrationInsideAJarIsFound(@TempDir Path dir) throws IOException {
        File jar = jar(dir.resolve("integration.jar"), "dev/cachedcompletion/spi/keyencoders/" + REQUEST);

        Compilation compilation = compileWithClasspathPlus(jar, classWithBody("Svc", METHOD));

        assertThat(compilation).succeeded();
    }

    /**
     * Why registrations are not under META-INF: javac's file manager, through which the processor
     * reads the class path, finds a resource there in a directory but not inside a jar.
     */
    @Test
    void javacFindsNoResourceUnderMetaInfInsideAJar(@TempDir Path dir) throws IOException {
        String metaInf = "META-INF/cachedcompletion/keyencoders/" + REQUEST;
        String ours = "dev/cachedcompletion/spi/keyencoders/" + REQUEST;
        File jar = jar(dir.resolve("both.jar"), metaInf, ours);
        Path folder = Files.createDirectories(dir.resolve("folder").resolve(metaInf).getParent());
        Files.writeString(folder.resolve(REQUEST), "x");

        try (StandardJavaFileManager files = ToolProvider.getSystemJavaCompiler()
                .getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            files.setLocation(StandardLocation.CLASS_PATH, List.of(jar));
            assertThat(files.getFileForInput(StandardLocation.CLASS_PATH, "", metaInf)).isNull();
            assertThat(files.getFileForInput(StandardLocation.CLASS_PATH, "", ours)).isNotNull();

            files.setLocation(StandardLocation.CLASS_PATH, List.of(dir.resolve("folder").toFile()));
            assertThat(files.getFileForInput(StandardLocation.CLASS_PATH, "", metaInf)).isNotNull();
        }
    }

    /** A jar holding registrations under these names, each naming the fixture encoder. */
    private static File jar(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (String entry : entries) {
                jar.putNextEntry(new JarEntry(entry));
                jar.write("dev.cachedcompletion.processor.fixtures.JarRegisteredRequestKeyEncoder\n"
                        .getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file.toFile();
    }

    private static Compilation compileWithClasspathPlus(File jar, JavaFileObject source) {
        List<File> classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        classpath.add(jar);
        return javac().withProcessors(new CachedCompletionProcessor()).withClasspath(classpath).compile(source);
    }
}
