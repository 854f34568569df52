package dev.cachedcompletion.cli;

import dev.cachedcompletion.internal.codec.StoredUsage;
import dev.cachedcompletion.spi.StoreSpace;
import dev.cachedcompletion.spi.StoredEntry;
import dev.cachedcompletion.spi.TokenUsage;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/** Totals over the entries of a store, in all and per method, gathered one entry at a time. */
final class StoreStatistics {

    /** Entries, value bytes, expired entries, oldest and newest creation time of one group. */
    static final class Totals {
        long entries;
        long bytes;
        long expired;
        long oldest = Long.MAX_VALUE;
        long newest = Long.MIN_VALUE;
        /** Tokens the held answers cost the model, as their codecs reported them when stored. */
        long inputTokens;
        long outputTokens;

        void add(StoredEntry e, long now) {
            entries++;
            TokenUsage usage = StoredUsage.read(e.value());
            if (usage != null) {
                inputTokens += usage.inputTokens();
                outputTokens += usage.outputTokens();
            }
            bytes += e.value().length;
            if (e.expiredAt(now)) {
                expired++;
            }
            oldest = Math.min(oldest, e.createdMillis());
            newest = Math.max(newest, e.createdMillis());
        }
    }

    private final long now;
    private final Totals all = new Totals();
    private final Map<String, Totals> byMethod = new TreeMap<>();

    /** @param now epoch milliseconds at which an entry counts as expired */
    StoreStatistics(long now) {
        this.now = now;
    }

    void add(StoredEntry e) {
        all.add(e, now);
        byMethod.computeIfAbsent(e.methodId(), m -> new Totals()).add(e, now);
    }

    /** {@code file     28672 (28.0 KiB); WAL 0; 1 free page, 4096 (4.0 KiB), which compact gives back}. */
    static String fileLine(StoreSpace space) {
        return "file     " + Text.bytes(space.fileBytes()) + "; WAL " + Text.bytes(space.journalBytes()) + "; "
                + Text.count(space.freePages(), "free page", "free pages") + ", " + Text.bytes(space.freeBytes())
                + ", which compact gives back";
    }

    Totals all() {
        return all;
    }

    Map<String, Totals> byMethod() {
        return byMethod;
    }

    /** @param space the room a file store takes, or null for a store without a file */
    void print(PrintWriter out, String store, StoreSpace space) {
        out.println("store    " + store);
        out.println("entries  " + all.entries);
        if (all.expired > 0) {
            out.println("expired  " + all.expired + " (no longer returned; removed by a running application, or by compact)");
        }
        out.println("bytes    " + Text.bytes(all.bytes));
        boolean tokens = all.inputTokens + all.outputTokens > 0;
        if (tokens) {
            out.println("tokens   " + all.inputTokens + " input, " + all.outputTokens
                    + " output (what the held answers cost the model; each hit saves its entry's)");
        }
        if (space != null) {
            out.println(fileLine(space));
        }
        if (all.entries == 0) {
            return;
        }
        out.println("oldest   " + Text.time(all.oldest));
        out.println("newest   " + Text.time(all.newest));
        out.println();
        if (!tokens) {
            out.printf("%9s %9s %12s  %-20s  %-20s  %s%n", "ENTRIES", "EXPIRED", "BYTES", "OLDEST", "NEWEST", "METHOD");
            byMethod.forEach((method, t) -> out.printf("%9d %9d %12d  %-20s  %-20s  %s%n",
                    t.entries, t.expired, t.bytes, Text.time(t.oldest), Text.time(t.newest), method));
            return;
        }
        out.printf("%9s %9s %12s %12s %12s  %-20s  %-20s  %s%n", "ENTRIES", "EXPIRED", "BYTES", "IN TOKENS",
                "OUT TOKENS", "OLDEST", "NEWEST", "METHOD");
        byMethod.forEach((method, t) -> out.printf("%9d %9d %12d %12d %12d  %-20s  %-20s  %s%n",
                t.entries, t.expired, t.bytes, t.inputTokens, t.outputTokens, Text.time(t.oldest), Text.time(t.newest),
                method));
    }
}
