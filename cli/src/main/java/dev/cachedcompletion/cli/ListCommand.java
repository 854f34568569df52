package dev.cachedcompletion.cli;

import dev.cachedcompletion.spi.BrowsableStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code list}: one line per entry, read one at a time. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "One line per entry: key, created, expires, size, method.",
        description = {"One line per entry: short key (the first 12 hex digits of the key",
            "digest), created, expires, value size in bytes, method. Ordered by",
            "method, then key. Expired entries not yet deleted are listed too."})
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Option(names = "--method", paramLabel = "<id>",
            description = "Only the entries of this method identity, as stats and list show it (quote it in the shell: it has parentheses).")
    String method;

    @Override
    public Integer call() {
        PrintWriter out = root.context().out();
        try (BrowsableStore store = root.openStore()) {
            out.printf("%-12s  %-20s  %-20s  %10s  %s%n", "KEY", "CREATED", "EXPIRES", "SIZE", "METHOD");
            store.forEach(method, e -> out.printf("%-12s  %-20s  %-20s  %10d  %s%n", e.shortKey(),
                    Text.time(e.createdMillis()), Text.expiry(e.expiresMillis()), e.value().length, e.methodId()));
        }
        return Cli.OK;
    }
}
