package dev.cachedcompletion.cli;

import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.CompactableStore;
import dev.cachedcompletion.spi.StoreSpace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code compact}: removes expired entries and gives the file's free pages back to the file system. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        header = "Removes expired entries and shrinks the file to what it holds.",
        description = {"Removes expired entries, rewrites the file without free pages",
            "and empties its WAL; converts a file of an older layout. Safe while",
            "applications use the file: their writes wait (at most their busy",
            "timeout) and run as misses meanwhile. Needs free disk room for a copy."})
final class CompactCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        PrintWriter out = root.context().out();
        try (BrowsableStore store = root.openStore()) {
            if (!(store instanceof CompactableStore compactable)) {
                throw new UsageError(store.describe() + " cannot be compacted: only a store kept in a file can,"
                        + " such as --store sqlite:.completions.db");
            }
            StoreSpace before = compactable.space();
            StoreSpace after = compactable.compact();
            out.println("store    " + store.describe());
            out.println("before   " + describe(before));
            out.println("after    " + describe(after));
        }
        return Cli.OK;
    }

    /** {@code 1236992 (1.2 MiB) in file and WAL, 3 free pages}. */
    static String describe(StoreSpace space) {
        return Text.bytes(space.fileBytes() + space.journalBytes()) + " in file and WAL, "
                + Text.count(space.freePages(), "free page", "free pages");
    }
}
