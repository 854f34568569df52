package dev.cachedcompletion.cli;

import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.StoredEntry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export <file.jsonl>}: every live entry as one line of JSON, in a file that appears whole or not at all. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Writes the entries to a JSON Lines file.",
        description = {"Writes the entries that have not expired to a JSON Lines file, one",
            "entry per line, ordered by method, then key: the same cache gives",
            "the same file. The file is replaced only once it is complete, and",
            "is readable by its owner only, like the cache. Format: docs/CLI.md."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file.jsonl>", description = "The file to write (replaced if it exists).")
    Path file;

    @Option(names = "--method", paramLabel = "<id>", description = "Only the entries of this method identity.")
    String method;

    @Override
    public Integer call() {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ParameterException(spec.commandLine(), "cannot write " + file + ": it is a directory");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new ParameterException(spec.commandLine(), "cannot write " + file + ": the directory "
                    + target.getParent() + " does not exist");
        }
        long now = root.context().clock().millis();
        try (BrowsableStore store = root.openStore()) {
            long total = store.count(method);
            Progress progress = new Progress("export", "entries", n -> total == 0 ? -1 : (int) (100 * n / total),
                    root.context().err(), root.context().nanoTime());
            long expired;
            try {
                expired = writeFile(store, target, now, progress);
            } catch (IOException | UncheckedIOException e) {
                throw new FileFailure("cannot write " + file, e);
            }
            root.context().out().println("exported " + Text.count(progress.count(), "entry", "entries") + " to " + file
                    + (expired > 0 ? " (" + Text.count(expired, "expired entry", "expired entries") + " left out)" : ""));
        }
        return Cli.OK;
    }

    /** Writes beside the target and renames over it once complete; returns the expired entries left out. */
    private long writeFile(BrowsableStore store, Path target, long now, Progress progress) throws IOException {
        long[] expired = {0};
        Path partial = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".partial");
        try {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
                    EntryJson.Writer writer = new EntryJson.Writer(os)) {
                store.forEach(method, e -> {
                    if (e.expiredAt(now)) {
                        expired[0]++;
                        return;
                    }
                    write(writer, e);
                    progress.step();
                });
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return expired[0];
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void write(EntryJson.Writer writer, StoredEntry e) {
        try {
            writer.write(e);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
