package dev.cachedcompletion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.cachedcompletion.processor.TestCompiler.classWithBody;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integration modules reach users as jars, and javac looks into a jar differently from a directory:
 * a registration must be found there too. (Under META-INF it would not be: javac skips directories
 * whose names are not Java identifiers when it indexes a jar.)
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

    @Test
    void aRegistrationUnderMetaInfInsideAJarIsInvisibleToJavac(@TempDir Path dir) throws IOException {
        File metaInf = jar(dir.resolve("meta-inf.jar"), "META-INF/cachedcompletion/keyencoders/" + REQUEST);

        Compilation compilation = compileWithClasspathPlus(metaInf, classWithBody("Svc", METHOD));

        assertThat(compilation).hadErrorContaining("[CachedCompletionKeyType]");
    }

    /** A jar holding one registration that names the fixture encoder. */
    private static File jar(Path file, String entry) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry(entry));
            jar.write("dev.cachedcompletion.processor.fixtures.JarRegisteredRequestKeyEncoder\n"
                    .getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
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
