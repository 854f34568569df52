package dev.cachedcompletion.cli;

import dev.cachedcompletion.spi.BrowsableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code cached-completion}: the commands, and the {@code --store} option they share. */
@Command(name = "cached-completion",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Inspect, show, clear, compact, export and import the entries of a cached-completion store.",
        subcommands = {StatsCommand.class, ListCommand.class, ShowCommand.class, ClearCommand.class, CompactCommand.class,
            ExportCommand.class, ImportCommand.class, HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  the store or a file failed",
            "  2  wrong command line (the message says which argument and the valid forms)",
            "  3  import done, but some lines were rejected (listed on stderr)",
            "",
            "Example: cached-completion stats --store sqlite:.completions.db"})
final class RootCommand {

    private final Context context;

    @Option(names = "--store", paramLabel = "<spec>", scope = ScopeType.INHERIT,
            description = {"The store, as the application names it:",
                "sqlite:<path>, such as sqlite:.completions.db",
                "Default: -Dcachedcompletion.store, then the",
                "CACHEDCOMPLETION_STORE environment variable."})
    String store;

    RootCommand(Context context) {
        this.context = context;
    }

    Context context() {
        return context;
    }

    /** The store {@code --store} (or the configuration) names; the caller closes it. */
    BrowsableStore openStore() {
        return StoreArgument.open(store, context);
    }
}
