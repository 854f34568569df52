package dev.cachedcompletion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cachedcompletion.CachedCompletions;
import dev.cachedcompletion.cli.fixture.StreamingAnswerService;
import dev.cachedcompletion.spi.StoredEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded stream is an entry like any other: listed, exported, imported, and replayed from the import. */
class StreamEntriesTest {

    @TempDir
    Path dir;

    @AfterEach
    void backToTheConfiguredStore() {
        CachedCompletions.useConfiguredStore();
    }

    @Test
    void aStreamRecordingIsListedExportedAndImportedAndReplaysWithoutTheBody() {
        Path db = dir.resolve("recorded.db");
        CachedCompletions.useStore(Stores.spec(db));
        StreamingAnswerService recording = new StreamingAnswerService();
        List<String> recorded = read(recording, "cats");
        CachedCompletions.useConfiguredStore();
        List<StoredEntry> before = Stores.entries(db);
        assertThat(before).hasSize(1);

        CliRun.Result list = CliRun.cli("list", "--store", Stores.spec(db));
        Path jsonl = dir.resolve("streams.jsonl");
        CliRun.Result export = CliRun.cli("export", "--store", Stores.spec(db), jsonl.toString());
        Path otherDb = dir.resolve("elsewhere.db");
        CliRun.Result imported = CliRun.cli("import", "--store", Stores.spec(otherDb), jsonl.toString());

        assertThat(list.out()).contains("fixture.tokens");
        CliRun.Result show = CliRun.cli("show", "--store", Stores.spec(db), "--value-only", before.get(0).keyHex());
        assertThat(show.exitCode()).as(show.toString()).isZero();
        assertThat(show.out()).contains("\"elements\"", "\" model's\"", "\"cats\"", "\"offsetsMillis\"");
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(Stores.entries(otherDb)).isEqualTo(before);

        CachedCompletions.useStore(Stores.spec(otherDb));
        StreamingAnswerService replaying = new StreamingAnswerService();
        assertThat(read(replaying, "cats")).isEqualTo(recorded).containsExactly("the", " model's", " answer", " to ", "cats");
        assertThat(replaying.bodyRuns).hasValue(0);
    }

    private static List<String> read(StreamingAnswerService service, String prompt) {
        try (Stream<String> tokens = service.tokens(prompt)) {
            return tokens.collect(Collectors.toList());
        }
    }
}
