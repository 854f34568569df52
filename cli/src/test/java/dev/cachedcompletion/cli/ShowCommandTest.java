package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.Stores.DAY;
import static dev.cachedcompletion.cli.Stores.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.cli.fixture.AnswerService;
import dev.cachedcompletion.spi.StoredEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code show <key>}: what a recording holds, read from a real SQLite file. */
class ShowCommandTest {

    static final long T = StatsCommandTest.T;

    @TempDir
    Path dir;

    @AfterEach
    void backToTheConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    @Test
    void theShortKeyListPrintsShowsWhatTheWovenMethodReturnedAsIndentedJson() {
        Path db = dir.resolve("recorded.db");
        CachedCompletions.useStore(Stores.spec(db));
        new AnswerService().summarize("cats purr loudly");
        CachedCompletions.useConfiguredStore();
        StoredEntry recorded = Stores.entries(db).get(0);

        CliRun.Result r = CliRun.cli("show", recorded.shortKey(), "--store", Stores.spec(db));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "key      " + recorded.keyHex(),
                "method   fixture.summarize",
                "created  " + Text.time(recorded.createdMillis()),
                "expires  never",
                "size     " + recorded.value().length + " (8-byte header, then the JSON)",
                "codec    Jackson JSON of the method's return type",
                "",
                "{",
                "  \"text\" : \"CATS PURR LOUDLY\",",
                "  \"words\" : 3,",
                "  \"keywords\" : [ \"cats\", \"é€😀\" ]",
                "}",
                ""));
    }

    @Test
    void theFullKeyInUpperCaseWorksAndValueOnlyPrintsTheJsonAlone() {
        Path db = dir.resolve("c.db");
        StoredEntry e = entry("com.acme.Jokes#joke(java.lang.String)", "a", T, null, "\"Why did the cat...\\nBecause.\"");
        Stores.put(db, e);

        CliRun.Result r = CliRun.cli("show", "--value-only", e.keyHex().toUpperCase(), "--store", Stores.spec(db));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEqualTo("\"Why did the cat...\\nBecause.\"\n");
    }

    @Test
    void anAnswerThatReportedItsUsageShowsItsTokensAndItsJson() {
        Path db = dir.resolve("c.db");
        StoredEntry e = new StoredEntry(Stores.digest("u"), "chat", T, null,
                Stores.valueWithUsage("{\"text\":\"hi\"}", 100, 20, "gpt-4o-mini-2024-07-18"));
        Stores.put(db, e);

        CliRun.Result r = CliRun.cli("show", e.shortKey(), "--store", Stores.spec(db));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("(8-byte header, token usage, then the JSON)\n")
                .contains("tokens   100 input, 20 output (gpt-4o-mini-2024-07-18)\n")
                .endsWith("{\n  \"text\" : \"hi\"\n}\n");
    }

    @Test
    void numbersKeepEveryDigitTheyWereStoredWith() {
        Path db = dir.resolve("c.db");
        StoredEntry e = entry("m#prices()", "a", T, null, "{\"pi\":3.14159265358979323846264338327950288,\"big\":123456789012345678901234567890}");
        Stores.put(db, e);

        CliRun.Result r = CliRun.cli("show", "--value-only", e.shortKey(), "--store", Stores.spec(db));

        assertThat(r.out()).isEqualTo(String.join("\n", "{",
                "  \"pi\" : 3.14159265358979323846264338327950288,",
                "  \"big\" : 123456789012345678901234567890",
                "}", ""));
    }

    @Test
    void anExpiredEntryIsShownAndSaysSo() {
        Path db = dir.resolve("c.db");
        StoredEntry e = entry("m#old()", "a", T - 9 * DAY, T - DAY, "1");
        Stores.put(db, e);

        CliRun.Result r = new CliRun().clock(Clock.fixed(Instant.ofEpochMilli(T), ZoneOffset.UTC))
                .run("show", e.shortKey(), "--store", Stores.spec(db));

        assertThat(r.out()).contains("expires  " + Text.time(T - DAY) + " (expired: no longer returned;");
    }

    @Test
    void anAmbiguousPrefixIsAnErrorThatNamesEveryMatch() {
        Path db = dir.resolve("c.db");
        StoredEntry first = withKey("abcd01", "one#m()");
        StoredEntry second = withKey("abcd02", "two#m()");
        Stores.put(db, first, second, withKey("ffff00", "one#m()"));

        CliRun.Result r = CliRun.cli("show", "ABCD", "--store", Stores.spec(db));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(String.join(System.lineSeparator(),
                "cached-completion show: <key> abcd is ambiguous: it starts the keys of 2 entries:",
                "  " + first.keyHex() + "  one#m()",
                "  " + second.keyHex() + "  two#m()",
                "Give more digits of the key.") + "\n");
        assertThat(CliRun.cli("show", "abcd02", "--value-only", "--store", Stores.spec(db)).out()).isEqualTo("\"two#m()\"\n");
        assertThat(CliRun.cli("show", "abcd", "--method", "two#m()", "--value-only", "--store", Stores.spec(db)).out())
                .as("--method narrows the search").isEqualTo("\"two#m()\"\n");
    }

    @Test
    void aKeyNoEntryHasIsAnErrorThatSaysWhereToFindKeys() {
        Path db = dir.resolve("c.db");
        Stores.put(db, withKey("abcd01", "one#m()"));

        CliRun.Result r = CliRun.cli("show", "0123", "--store", Stores.spec(db));

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("cached-completion show: no entry's key starts with 0123; list prints the keys.\n");
    }

    @Test
    void somethingThatIsNotAKeyIsRefusedWithTheValidForms() {
        for (String notAKey : List.of("abc", "xyz1234", "a".repeat(65))) {
            CliRun.Result r = CliRun.cli("show", notAKey, "--store", Stores.spec(dir.resolve("never-created.db")));

            assertThat(r.exitCode()).as(notAKey).isEqualTo(2);
            assertThat(r.err()).isEqualTo("cached-completion show: <key> \"" + notAKey + "\" is not a key: give the key "
                    + "digest as 64 hex digits, or its first 4 or more (list prints the first 12).\n");
        }
        assertThat(dir.resolve("never-created.db")).doesNotExist();
    }

    @Test
    void aValueThatIsNotJsonFailsWithAMessageNamingTheEntry() {
        Path db = dir.resolve("c.db");
        StoredEntry e = entry("m#broken()", "a", T, null, "{\"unfinished\": ");
        Stores.put(db, e);

        CliRun.Result r = CliRun.cli("show", e.shortKey(), "--store", Stores.spec(db));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("cached-completion show: the value of entry " + e.keyHex()
                + " (m#broken()) cannot be shown: its payload is not JSON: ");
    }

    @Test
    void memoryAndNoneHaveNothingToShowAndSayWhy() {
        CliRun.Result memory = CliRun.cli("show", "abcd", "--store", "memory");
        CliRun.Result none = CliRun.cli("show", "abcd", "--store", "none");

        assertThat(memory.exitCode()).isEqualTo(2);
        assertThat(memory.err()).contains("a memory store lives inside the JVM of the application that uses it");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("'none' stores nothing");
    }

    /** An entry whose key digest starts with {@code hexStart}; its value is its method, as a JSON string. */
    private static StoredEntry withKey(String hexStart, String method) {
        byte[] digest = Stores.digest(hexStart);
        byte[] start = HexFormat.of().parseHex(hexStart);
        System.arraycopy(start, 0, digest, 0, start.length);
        return new StoredEntry(digest, method, T, null, Stores.value("\"" + method + "\""));
    }
}
