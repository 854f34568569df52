package dev.cachedcompletion.cli;

import dev.cachedcompletion.spi.BrowsableStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code stats}: how much the store holds, in all and per method. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "How much the store holds, in all and per method.",
        description = {"Entries, value bytes, oldest and newest entry, in all and per",
            "method, and how many have expired but were not deleted yet."})
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        try (BrowsableStore store = root.openStore()) {
            StoreStatistics statistics = new StoreStatistics(root.context().clock().millis());
            store.forEach(null, statistics::add);
            statistics.print(root.context().out(), store.describe());
        }
        return Cli.OK;
    }
}
