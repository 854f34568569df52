package dev.cachedcompletion.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * What one run of the CLI reads and writes besides its arguments, so that tests can run it in their
 * own JVM with their own streams, configuration and clocks.
 *
 * @param out         results (tables, summaries)
 * @param err         errors, rejected lines and progress
 * @param properties  system property lookup (for {@code cachedcompletion.store})
 * @param environment environment variable lookup (for {@code CACHEDCOMPLETION_STORE})
 * @param clock       "now", to tell expired entries and to compute {@code --older-than}
 * @param nanoTime    a monotonic clock for progress output
 */
record Context(PrintWriter out, PrintWriter err, UnaryOperator<String> properties, UnaryOperator<String> environment,
        Clock clock, LongSupplier nanoTime) {

    /** The process's own streams, properties, environment and clocks. */
    static Context ofSystem() {
        // Not auto-flushing: a list of a million entries must not flush per line. Cli.run flushes.
        return new Context(new PrintWriter(System.out), new PrintWriter(System.err), System::getProperty,
                System::getenv, Clock.systemUTC(), System::nanoTime);
    }
}
