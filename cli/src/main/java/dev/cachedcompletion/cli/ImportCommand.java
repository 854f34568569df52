package dev.cachedcompletion.cli;

import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.StoredEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import <file.jsonl>}: upserts the entries of an export, keeping their times, skipping expired
 * ones, and rejecting broken lines one by one instead of giving up on the file.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Stores the entries of a JSON Lines file.",
        description = {"Stores the entries of a JSON Lines file written by export, keeping",
            "their created and expires times and replacing entries with the same",
            "key. Expired lines are skipped. Malformed lines are listed on stderr",
            "with their numbers and the rest is imported (exit code 3). Creates",
            "the store's file if needed. Format: docs/CLI.md."})
final class ImportCommand implements Callable<Integer> {

    /**
     * Entries written per transaction. Random keys touch a different page each, and SQLite writes
     * each touched page once per commit: 10,000 per commit imported 3x faster than 1,000 here.
     * The byte bound keeps memory in check when values are large.
     */
    static final int BATCH_ENTRIES = 10_000;
    static final long BATCH_BYTES = 16L << 20;
    /** Rejected lines shown one by one; the rest are only counted. */
    static final int SHOWN_REJECTIONS = 50;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file.jsonl>", description = "A file written by export.")
    Path file;

    private final List<StoredEntry> batch = new ArrayList<>();
    private long batchBytes;
    private long imported;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "cannot import " + file + ": "
                    + (Files.exists(file) ? "it is not a file" : "there is no such file"));
        }
        PrintWriter err = root.context().err();
        long now = root.context().clock().millis();
        long expired = 0;
        long rejected = 0;
        try (BrowsableStore store = root.openStore(); LineReader lines = open(file)) {
            long size = Files.size(file);
            Progress progress = new Progress("import", "lines", n -> size == 0 ? -1 : (int) (100 * lines.position() / size),
                    err, root.context().nanoTime());
            long number = 0;
            for (byte[] line; (line = next(lines)) != null; ) {
                number++;
                progress.step();
                if (!lines.wasTooLong() && isBlank(line)) {
                    continue;
                }
                StoredEntry entry;
                try {
                    entry = parse(lines, line);
                } catch (EntryJson.RejectedLine e) {
                    if (++rejected <= SHOWN_REJECTIONS) {
                        err.println(file + ":" + number + ": rejected: " + e.getMessage());
                    }
                    continue;
                }
                if (entry.expiredAt(now)) {
                    expired++;
                    continue;
                }
                add(store, entry);
            }
            flush(store);
        } catch (IOException e) {
            throw new FileFailure("cannot read " + file, e);
        }
        if (rejected > SHOWN_REJECTIONS) {
            err.println(file + ": " + (rejected - SHOWN_REJECTIONS) + " more rejected lines not shown");
        }
        root.context().out().println("imported " + Text.count(imported, "entry", "entries") + " from " + file
                + (expired > 0 ? ", skipped " + Text.count(expired, "expired line", "expired lines") : "")
                + (rejected > 0 ? ", rejected " + Text.count(rejected, "malformed line", "malformed lines") : ""));
        return rejected > 0 ? Cli.REJECTED_LINES : Cli.OK;
    }

    private LineReader open(Path path) {
        try {
            return new LineReader(Files.newInputStream(path));
        } catch (IOException e) {
            throw new FileFailure("cannot read " + path, e);
        }
    }

    private byte[] next(LineReader lines) {
        try {
            return lines.next();
        } catch (IOException e) {
            throw new FileFailure("cannot read " + file + " after " + lines.position() + " bytes", e);
        }
    }

    private static StoredEntry parse(LineReader lines, byte[] line) throws EntryJson.RejectedLine {
        if (lines.wasTooLong()) {
            throw new EntryJson.RejectedLine("longer than " + LineReader.MAX_LINE_BYTES + " bytes: not an entry");
        }
        return EntryJson.parse(line);
    }

    private void add(BrowsableStore store, StoredEntry entry) {
        batch.add(entry);
        batchBytes += entry.value().length;
        if (batch.size() >= BATCH_ENTRIES || batchBytes >= BATCH_BYTES) {
            flush(store);
        }
    }

    private void flush(BrowsableStore store) {
        try {
            store.putAll(batch);
        } catch (RuntimeException e) {
            root.context().err().println("import: stopped after " + Text.count(imported, "entry", "entries")
                    + "; the " + batch.size() + " entries being written were not stored");
            throw e;
        }
        imported += batch.size();
        batch.clear();
        batchBytes = 0;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
