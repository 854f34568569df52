package dev.cachedcompletion.cli;

import static dev.cachedcompletion.cli.Stores.DAY;
import static dev.cachedcompletion.cli.Stores.entry;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.cli.fixture.AnswerService;
import dev.cachedcompletion.spi.StoredEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded cache travels through a JSON Lines file and answers again, byte for byte. */
class ExportImportTest {

    static final List<String> PROMPTS = List.of("cats", "dogs", "the sea", "ünïcödé ✓", "");

    @TempDir
    Path dir;

    @AfterEach
    void backToTheConfiguredStore() {
        CachedCompletions.useConfiguredStore();
        CachedCompletions.resetStatistics();
    }

    @Test
    void exportClearImportGivesTheSameEntriesAndTheWovenMethodAnswersWithoutRunningItsBody() {
        Path db = dir.resolve("recorded.db");
        AnswerService recording = new AnswerService();
        CachedCompletions.useStore(Stores.spec(db));
        List<Object> recorded = callEverything(recording);
        assertThat(recording.bodyRuns).hasValue(2 * PROMPTS.size());
        CachedCompletions.useConfiguredStore(); // closes the file, as the recording process would
        List<StoredEntry> before = Stores.entries(db);
        assertThat(before).hasSize(2 * PROMPTS.size());
        Path jsonl = dir.resolve("fixture.jsonl");

        CliRun.Result export = CliRun.cli("export", "--store", Stores.spec(db), jsonl.toString());
        CliRun.Result clear = CliRun.cli("clear", "--all", "--store", Stores.spec(db));
        CliRun.Result imported = CliRun.cli("import", "--store", Stores.spec(db), jsonl.toString());

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(export.out()).isEqualTo("exported 10 entries to " + jsonl + "\n");
        assertThat(clear.out()).isEqualTo("removed 10 entries\n");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).isEqualTo("imported 10 entries from " + jsonl + "\n");
        assertThat(imported.err()).isEmpty();
        assertThat(Stores.entries(db)).isEqualTo(before); // digests, methods, times and value bytes

        AnswerService replaying = new AnswerService();
        CachedCompletions.useStore(Stores.spec(db));
        CachedCompletions.resetStatistics();
        assertThat(callEverything(replaying)).isEqualTo(recorded);
        assertThat(replaying.bodyRuns).hasValue(0);
        assertThat(CachedCompletions.statistics()).allSatisfy(s -> {
            assertThat(s.hits()).isEqualTo(PROMPTS.size());
            assertThat(s.misses()).isZero();
            assertThat(s.errors()).isZero();
        }).hasSize(2);
    }

    @Test
    void aFileImportedOnAnotherMachineIsANewCacheTheLibraryAnswersFrom() {
        Path recordedDb = dir.resolve("a/recorded.db");
        CachedCompletions.useStore(Stores.spec(recordedDb));
        List<Object> recorded = callEverything(new AnswerService());
        CachedCompletions.useConfiguredStore();
        Path jsonl = dir.resolve("shared.jsonl");
        CliRun.cli("export", "--store", Stores.spec(recordedDb), jsonl.toString());
        Path otherDb = dir.resolve("b/new.db");

        CliRun.Result r = CliRun.cli("import", "--store", Stores.spec(otherDb), jsonl.toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        AnswerService replaying = new AnswerService();
        CachedCompletions.useStore(Stores.spec(otherDb));
        assertThat(callEverything(replaying)).isEqualTo(recorded);
        assertThat(replaying.bodyRuns).hasValue(0);
    }

    @Test
    void eachLineIsOneEntryInTheDocumentedFormat() throws Exception {
        Path db = dir.resolve("c.db");
        long created = java.time.Instant.parse("2025-06-01T10:00:00.123Z").toEpochMilli();
        StoredEntry forever = entry("com.acme.Jokes#joke(java.lang.String)", "a", created, null, "\"hi\"");
        long expires = java.time.Instant.parse("2125-06-01T10:00:00Z").toEpochMilli();
        StoredEntry later = entry("later \"quoted\" name", "b", created, expires, "{\"n\":1}");
        Stores.put(db, forever, later);
        Path jsonl = dir.resolve("out.jsonl");

        CliRun.cli("export", "--store", Stores.spec(db), jsonl.toString());

        assertThat(Files.readString(jsonl, UTF_8)).isEqualTo(
                "{\"key\":\"" + forever.keyHex() + "\",\"method\":\"com.acme.Jokes#joke(java.lang.String)\","
                        + "\"created\":\"2025-06-01T10:00:00.123Z\",\"expires\":null,\"value\":\"Q1YBAQAAAAAiaGki\"}\n"
                + "{\"key\":\"" + later.keyHex() + "\",\"method\":\"later \\\"quoted\\\" name\","
                        + "\"created\":\"2025-06-01T10:00:00.123Z\",\"expires\":\"2125-06-01T10:00:00Z\","
                        + "\"value\":\"Q1YBAQAAAAB7Im4iOjF9\"}\n");
    }

    @Test
    void exportLeavesExpiredEntriesOutAndImportKeepsTimes() {
        long now = System.currentTimeMillis();
        Path db = dir.resolve("c.db");
        StoredEntry live = entry("m", "live", now - 3 * DAY, now + DAY, "1");
        Stores.put(db, live, entry("m", "expired", now - 3 * DAY, now - DAY, "2"));
        Path jsonl = dir.resolve("out.jsonl");

        CliRun.Result export = CliRun.cli("export", "--store", Stores.spec(db), jsonl.toString());
        CliRun.Result imported = CliRun.cli("import", "--store", Stores.spec(dir.resolve("new.db")), jsonl.toString());

        assertThat(export.out()).isEqualTo("exported 1 entry to " + jsonl + " (1 expired entry left out)\n");
        assertThat(imported.out()).isEqualTo("imported 1 entry from " + jsonl + "\n");
        assertThat(Stores.entries(dir.resolve("new.db"))).containsExactly(live);
    }

    @Test
    void importSkipsLinesThatHaveExpiredSinceTheExport() throws Exception {
        long now = System.currentTimeMillis();
        StoredEntry live = entry("m", "live", now - DAY, null, "1");
        StoredEntry stale = entry("m", "stale", now - 3 * DAY, now - DAY, "2");
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, line(live) + line(stale));
        Path db = dir.resolve("c.db");

        CliRun.Result r = CliRun.cli("import", "--store", Stores.spec(db), jsonl.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("imported 1 entry from " + jsonl + ", skipped 1 expired line\n");
        assertThat(Stores.entries(db)).containsExactly(live);
    }

    @Test
    void importReplacesAnEntryWithTheSameKey() throws Exception {
        Path db = dir.resolve("c.db");
        StoredEntry old = entry("m", "k", 1_000, null, "\"old\"");
        StoredEntry replacement = entry("m", "k", 2_000, null, "\"new\"");
        Stores.put(db, old);
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, line(replacement));

        CliRun.cli("import", "--store", Stores.spec(db), jsonl.toString());

        assertThat(Stores.entries(db)).containsExactly(replacement);
    }

    @Test
    void theSameCacheGivesTheSameFile() throws Exception {
        Path db = dir.resolve("c.db");
        for (int i = 0; i < 50; i++) {
            Stores.put(db, entry(i % 2 == 0 ? "even" : "odd", "k" + i, 1_000 + i, null, Integer.toString(i)));
        }
        Path first = dir.resolve("1.jsonl");
        Path second = dir.resolve("2.jsonl");

        CliRun.cli("export", "--store", Stores.spec(db), first.toString());
        CliRun.cli("clear", "--all", "--store", Stores.spec(db));
        CliRun.cli("import", "--store", Stores.spec(db), first.toString());
        CliRun.cli("export", "--store", Stores.spec(db), second.toString());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void exportOfOneMethodAndAnExportFileReadableByItsOwnerOnly() throws Exception {
        Path db = dir.resolve("c.db");
        Stores.put(db, entry("one", "a", 1_000, null, "1"), entry("two", "b", 1_000, null, "2"));
        Path jsonl = dir.resolve("one.jsonl");
        Files.writeString(jsonl, "previous content\n");

        CliRun.Result r = CliRun.cli("export", "--method", "one", "--store", Stores.spec(db), jsonl.toString());

        assertThat(r.out()).isEqualTo("exported 1 entry to " + jsonl + "\n");
        assertThat(Files.readAllLines(jsonl)).singleElement().asString().contains("\"method\":\"one\"");
        assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".partial"));
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(jsonl))).isEqualTo("rw-------");
    }

    static String line(StoredEntry e) throws Exception {
        Path tmp = Files.createTempFile("entry", ".jsonl");
        try (var out = Files.newOutputStream(tmp); EntryJson.Writer w = new EntryJson.Writer(out)) {
            w.write(e);
        }
        String text = Files.readString(tmp);
        Files.delete(tmp);
        return text;
    }

    private static List<Object> callEverything(AnswerService service) {
        List<Object> answers = new java.util.ArrayList<>();
        for (String p : PROMPTS) {
            answers.add(service.answer(p));
            answers.add(service.summarize(p + " words here"));
        }
        return answers;
    }
}
