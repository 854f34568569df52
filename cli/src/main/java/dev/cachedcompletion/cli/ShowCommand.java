package dev.cachedcompletion.cli;

import dev.cachedcompletion.internal.codec.StoredUsage;
import dev.cachedcompletion.spi.BrowsableStore;
import dev.cachedcompletion.spi.StoredEntry;
import dev.cachedcompletion.spi.TokenUsage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code show <key>}: one entry, and its value as indented JSON — what the model said. */
@Command(name = "show", mixinStandardHelpOptions = true,
        header = "One entry and its value as indented JSON: what the model said.",
        description = {"Finds the entry whose key digest starts with <key> and prints its key,",
            "method, times and size, then its value's JSON, indented. The value is",
            "read as JSON text only: no class is loaded or built from it."})
final class ShowCommand implements Callable<Integer> {

    static final int MIN_PREFIX = 4;
    private static final int DIGEST_HEX = 2 * StoredEntry.DIGEST_LENGTH;
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{" + MIN_PREFIX + "," + DIGEST_HEX + "}");
    /** How many of the entries an ambiguous prefix matches the message lists. */
    private static final int LISTED_MATCHES = 10;

    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "<key>",
            description = "The key digest (64 hex digits) or its start, at least " + MIN_PREFIX
                    + " digits, such as the 12 that list prints.")
    String key;

    @Option(names = "--method", paramLabel = "<id>",
            description = "Only among the entries of this method identity, as stats and list show it.")
    String method;

    @Option(names = "--value-only",
            description = "Print the value's JSON alone (for jq and the like), without the entry's details.")
    boolean valueOnly;

    @Override
    public Integer call() {
        String prefix = prefix(key);
        Matches matches = new Matches(prefix);
        try (BrowsableStore store = root.openStore()) {
            store.forEach(method, matches);
        }
        StoredEntry entry = matches.theOne(method);
        String json;
        try {
            json = ValueJson.pretty(entry.value());
        } catch (ValueJson.NotShowable e) {
            throw new IllegalStateException("the value of entry " + entry.keyHex() + " (" + entry.methodId()
                    + ") cannot be shown: " + e.getMessage());
        }
        PrintWriter out = root.context().out();
        if (!valueOnly) {
            printDetails(out, entry);
        }
        out.println(json);
        return Cli.OK;
    }

    private void printDetails(PrintWriter out, StoredEntry e) {
        long now = root.context().clock().millis();
        out.println("key      " + e.keyHex());
        out.println("method   " + e.methodId());
        out.println("created  " + Text.time(e.createdMillis()));
        out.println("expires  " + Text.expiry(e.expiresMillis())
                + (e.expiredAt(now) ? " (expired: no longer returned; deleted when an application next opens the store)" : ""));
        TokenUsage usage = StoredUsage.read(e.value());
        out.println("size     " + Text.bytes(e.value().length)
                + (usage == null ? " (8-byte header, then the JSON)" : " (8-byte header, token usage, then the JSON)"));
        out.println("codec    " + ValueJson.codec(e.value()));
        if (usage != null) {
            out.println("tokens   " + usage.inputTokens() + " input, " + usage.outputTokens() + " output"
                    + (usage.model() == null ? "" : " (" + usage.model() + ")"));
        }
        out.println();
    }

    /** {@code text} in lower case, if it is {@value #MIN_PREFIX} to 64 hex digits. */
    private static String prefix(String text) {
        String hex = text.toLowerCase(Locale.ROOT);
        if (!HEX.matcher(hex).matches()) {
            throw new UsageError("<key> \"" + text + "\" is not a key: give the key digest as " + DIGEST_HEX
                    + " hex digits, or its first " + MIN_PREFIX + " or more (list prints the first 12).");
        }
        return hex;
    }

    /** The entries whose key starts with the prefix: a few kept, all counted, one read at a time. */
    private static final class Matches implements Consumer<StoredEntry> {
        private final String prefix;
        private final List<StoredEntry> kept = new ArrayList<>();
        private long count;

        Matches(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public void accept(StoredEntry e) {
            if (e.keyHex().startsWith(prefix)) {
                count++;
                if (kept.size() < LISTED_MATCHES) {
                    kept.add(e);
                }
            }
        }

        StoredEntry theOne(String method) {
            if (count == 1) {
                return kept.get(0);
            }
            String where = method == null ? "" : " among the entries of " + method;
            if (count == 0) {
                throw new UsageError("no entry's key starts with " + prefix + where + "; list prints the keys.");
            }
            StringBuilder message = new StringBuilder("<key> " + prefix + " is ambiguous: it starts the keys of "
                    + count + " entries" + where + ":");
            for (StoredEntry e : kept) {
                message.append(System.lineSeparator()).append("  ").append(e.keyHex()).append("  ").append(e.methodId());
            }
            if (count > kept.size()) {
                message.append(System.lineSeparator()).append("  and ").append(count - kept.size()).append(" more");
            }
            throw new UsageError(message.append(System.lineSeparator()).append("Give more digits of the key.").toString());
        }
    }
}
