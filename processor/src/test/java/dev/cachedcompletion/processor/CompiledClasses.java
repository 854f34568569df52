package dev.cachedcompletion.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.cachedcompletion.support.GeneratedKeys;
import dev.cachedcompletion.spi.CacheKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Loads the classes of one successful compilation, user classes and generated ones, so tests can
 * run the generated key code. The runtime comes from the test class path, shared by all loaders.
 */
final class CompiledClasses extends ClassLoader {

    private final Compilation compilation;

    private CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        this.compilation = compilation;
    }

    /** Compiles {@code sources} with the processor; fails the test unless that succeeds. */
    static CompiledClasses compile(JavaFileObject... sources) {
        Compilation compilation = TestCompiler.compile(sources);
        assertThat(compilation).succeeded();
        return new CompiledClasses(compilation);
    }

    /** An instance of the generated class with this binary name, e.g. {@code test.Svc_CachedCompletion}. */
    GeneratedKeys keys(String generatedClass) {
        return (GeneratedKeys) instantiate(generatedClass);
    }

    /** A new instance of the class {@code name} through its constructor that takes {@code args.length} values. */
    Object instantiate(String name, Object... args) {
        try {
            for (Constructor<?> constructor : load(name).getDeclaredConstructors()) {
                if (constructor.getParameterCount() == args.length) {
                    constructor.setAccessible(true);
                    return constructor.newInstance(args);
                }
            }
            throw new AssertionError(name + " has no constructor with " + args.length + " parameters");
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot instantiate " + name, e);
        }
    }

    /** The compiled class {@code name}. */
    Class<?> load(String name) {
        try {
            return loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(name + " was not compiled", e);
        }
    }

    /** Sets a static field of the compiled class {@code name}. */
    void setStatic(String name, String field, Object value) {
        try {
            var f = load(name).getDeclaredField(field);
            f.setAccessible(true);
            f.set(null, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot set " + name + "." + field, e);
        }
    }

    /** The key the generated code builds for one call of the method with this descriptor. */
    static CacheKey key(GeneratedKeys keys, String descriptor, Object target, Object... args) {
        var site = keys.site(descriptor);
        if (site == null) {
            throw new AssertionError("no site for " + descriptor);
        }
        return site.key(target, args);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        JavaFileObject file = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, name.replace('.', '/') + ".class")
                .orElseThrow(() -> new ClassNotFoundException(name));
        try (InputStream in = file.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
