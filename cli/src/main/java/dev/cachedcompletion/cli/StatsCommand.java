package dev.cachedcompletion.cli;

import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.CompactableStore;
import dev.cachedcompletion.spi.StoreSpace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code stats}: how much the store holds, in all and per method. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "How much the store holds, in all and per method.",
        description = {"Entries, value bytes, oldest and newest entry, in all and per",
            "method, how many have expired but were not deleted yet, and for a",
            "file its size and free pages (which compact gives back)."})
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        try (BrowsableStore store = root.openStore()) {
            StoreStatistics statistics = new StoreStatistics(root.context().clock().millis());
            store.forEach(null, statistics::add);
            StoreSpace space = store instanceof CompactableStore file ? file.space() : null;
            statistics.print(root.context().out(), store.describe(), space);
        }
        return Cli.OK;
    }
}
