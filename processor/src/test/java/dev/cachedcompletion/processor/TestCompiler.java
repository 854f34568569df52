package dev.cachedcompletion.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Compiles small inline sources with the processor, as javac does in a user's build. */
final class TestCompiler {

    /** Imports every diagnostic source may use, so each case shows only the declaration under test. */
    private static final List<String> IMPORTS = List.of(
            "import dev.cachedcompletion.*;",
            "import java.io.*;",
            "import java.nio.file.Path;",
            "import java.util.*;",
            "import java.util.concurrent.CompletableFuture;",
            "import java.util.function.Function;",
            "import java.util.stream.Stream;");

    private TestCompiler() {
    }

    static Compilation compile(JavaFileObject... sources) {
        return javac().withProcessors(new CachedCompletionProcessor()).compile(sources);
    }

    /** {@code test.<simpleName>} with the common imports and the given lines as its class body. */
    static JavaFileObject classWithBody(String simpleName, String... bodyLines) {
        List<String> lines = new ArrayList<>();
        lines.add("package test;");
        lines.addAll(IMPORTS);
        lines.add("class " + simpleName + " {");
        lines.addAll(List.of(bodyLines));
        lines.add("}");
        return JavaFileObjects.forSourceLines("test." + simpleName, lines);
    }

    /** {@code test.<simpleName>} with the common imports and the given lines after them. */
    static JavaFileObject source(String simpleName, String... lines) {
        List<String> all = new ArrayList<>();
        all.add("package test;");
        all.addAll(IMPORTS);
        all.addAll(List.of(lines));
        return JavaFileObjects.forSourceLines("test." + simpleName, all);
    }
}
