package dev.cachedcompletion.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** Runs the CLI in this JVM, as {@code main} would, with captured streams and chosen configuration. */
final class CliRun {

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();
    private Clock clock = Clock.systemUTC();
    private LongSupplier nanoTime = System::nanoTime;

    CliRun property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    CliRun environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    CliRun clock(Clock c) {
        clock = c;
        return this;
    }

    CliRun nanoTime(LongSupplier n) {
        nanoTime = n;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new Context(new PrintWriter(out), new PrintWriter(err), properties::get,
                environment::get, clock, nanoTime));
        return new Result(code, out.toString(), err.toString());
    }

    /** A run with nothing configured but the arguments. */
    static Result cli(String... args) {
        return new CliRun().run(args);
    }
}
