package dev.cachedcompletion.cli;

import dev.cachedcompletion.spi.BrowsableStore;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clear}: removes every entry, a method's entries, old entries, or a method's old entries. */
@Command(name = "clear", mixinStandardHelpOptions = true,
        header = "Removes all entries, a method's, or old ones.",
        description = {"Removes entries and says how many. Say which: --all, or --method",
            "and/or --older-than (both: that method's entries older than that)."})
final class ClearCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--all", description = "Every entry of every method.")
    boolean all;

    @Option(names = "--method", paramLabel = "<id>",
            description = "The entries of this method identity, as stats and list show it (quote it in the shell: it has parentheses).")
    String method;

    @Option(names = "--older-than", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "Entries created longer ago than this: 250ms, 30s, 10m, 12h, 7d or ISO-8601 such as P30D.")
    Duration olderThan;

    @Override
    public Integer call() {
        boolean filtered = method != null || olderThan != null;
        if (all && filtered) {
            throw new ParameterException(spec.commandLine(),
                    "--all removes every entry and cannot be combined with --method or --older-than");
        }
        if (!all && !filtered) {
            throw new ParameterException(spec.commandLine(), "say what to remove: --all, --method <id>, "
                    + "--older-than <duration> (e.g. 7d), or --method <id> --older-than <duration>");
        }
        Long createdBefore = olderThan == null ? null : cutoff(root.context().clock().millis(), olderThan);
        PrintWriter out = root.context().out();
        try (BrowsableStore store = root.openStore()) {
            long removed = store.remove(method, createdBefore);
            out.println("removed " + Text.count(removed, "entry", "entries") + describeFilter(createdBefore));
            if (removed == 0 && method != null && store.count(method) == 0) {
                root.context().err().println("note: no entry has the method '" + method + "'. `stats` shows the method "
                        + "identities; quote them in the shell.");
            }
        }
        return Cli.OK;
    }

    private String describeFilter(Long createdBefore) {
        return (method == null ? "" : " of " + method)
                + (createdBefore == null ? "" : " created before " + Text.time(createdBefore));
    }

    /** {@code now - age}, or the earliest time there is for an age longer than the epoch. */
    private static long cutoff(long now, Duration age) {
        try {
            return Math.subtractExact(now, age.toMillis());
        } catch (ArithmeticException tooLong) {
            return Long.MIN_VALUE;
        }
    }
}
